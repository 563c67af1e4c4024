import { render } from 'preact';
render(<p>Claim Cross-Check</p>, document.getElementById('app')!);
