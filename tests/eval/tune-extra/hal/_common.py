ABBR = {
    "met": "executives-met-russian-officials-in-moscow",
    "oct": "meetings-held-october-29-30",
    "notpub": "meetings-not-previously-reported",
    "first": "first-visit-since-2022",
    "adani": "adani-defence-attended",
    "bf": "bharat-forge-attended",
    "six": "at-least-six-executives-state-and-private",
    "start": "startups-drones-ai-attended",
    "sidm": "sidm-representative-attended",
    "sidm500": "sidm-over-500-members",
    "tata": "tata-lt-bel-did-not-participate",
    "sahni": "arun-sahni-not-at-meetings",
    "raj": "adani-ceo-rajvanshi-represented-adani",
    "adeny": "adani-group-denied-involvement",
    "gov": "government-officials-attended",
    "kumar": "sanjeev-kumar-led-delegation",
    "side": "meetings-on-sidelines-of-official-delegation",
    "putin": "meetings-prepared-putin-visit",
    "mig": "mig-29-and-air-defence-parts-discussed",
    "jdev": "joint-development-helicopters-drones-ai",
    "bftanks": "bharat-forge-tanks-helicopters-aircraft",
    "export": "production-in-india-for-export-to-russia",
    "noagr": "no-concrete-agreement-finalised",
    "nocom": "ministry-and-companies-did-not-comment",
    "p36": "russian-origin-36-percent-of-inventory",
    "west": "russian-arms-obstacle-to-western-technology",
    "sanc": "secondary-sanctions-risk",
    "shift": "shift-to-joint-research-and-co-production",
    "bfmake": "bharat-forge-makes-missile-artillery-components",
    "anon": "account-rests-on-unnamed-sources",
}
POL = {"+": "affirms", "-": "denies", "?": "uncertain"}


def parse_claims(s):
    out = []
    seen = set()
    for tok in s.split():
        differs = tok.endswith("!")
        if differs:
            tok = tok[:-1]
        pol = POL[tok[-1]]
        cid = ABBR[tok[:-1]]
        assert cid not in seen, (s, cid)
        seen.add(cid)
        out.append({"claim": cid, "polarity": pol, "differs": differs})
    return out
