#!/usr/bin/env python3
"""Checks the generated site (./mvnw site) against the plugin descriptor: each goal has its page, and that page
lists every parameter a user can set, with its user property and its default value."""
import html
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

root = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
descriptor = ET.parse(root / "target/classes/META-INF/maven/plugin.xml").getroot()
site = root / "target/site"
problems = []

for page in ("index.html", "usage.html", "plugin-info.html", "parameters.html", "credentials.html", "jwt-keys.html",
             "expiry.html", "hand-off.html", "principals.html", "uploads.html", "failures.html", "real-builds.html", "reports.html", "security.html",
             "compatibility.html", "examples/ccg.html", "examples/jwt.html", "examples/downscope-and-revoke.html",
             "examples/github-actions.html", "examples/gitlab-ci.html", "examples/jenkins.html"):
    if not (site / page).is_file():
        problems.append(f"{page} is missing")
index = (site / "index.html").read_text(encoding="utf-8") if (site / "index.html").is_file() else ""
for goal in ("box:verify-token", "box:revoke-token", "examples/ccg.html"):
    if goal not in index:
        problems.append(f"index.html, the goals overview, does not name {goal}")
info = (site / "plugin-info.html").read_text(encoding="utf-8") if (site / "plugin-info.html").is_file() else ""
for requirement in ("3.6.3", "1.8"):
    if requirement not in info:
        problems.append(f"plugin-info.html does not state the requirement {requirement}")

for mojo in descriptor.iter("mojo"):
    goal = mojo.findtext("goal")
    page = site / f"{goal}-mojo.html"
    if not page.is_file():
        problems.append(f"{page.name} is missing (goal {goal})")
        continue
    # each parameter's details are a <section> of their own, opened by <a id="name">
    sections = {}
    for match in re.finditer(r'<a id="([A-Za-z0-9]+)"></a><section>(.*?)</section>', page.read_text(encoding="utf-8"), re.S):
        sections[match.group(1)] = html.unescape(re.sub(r"<[^>]+>", " ", match.group(2)))
    settings = mojo.find("configuration")
    configuration = {element.tag: element for element in (settings if settings is not None else [])}
    checked = 0
    for parameter in mojo.iter("parameter"):
        name = parameter.findtext("name")
        if parameter.findtext("editable") == "false":
            continue
        checked += 1
        section = sections.get(name)
        if section is None:
            problems.append(f"{page.name} has no section for the parameter {name}")
            continue
        setting = configuration.get(name)
        expression = setting.text if setting is not None else None
        if expression and expression.startswith("${"):
            if not re.search(rf"User Property\s*:\s*{re.escape(expression[2:-1])}\s", section):
                problems.append(f"{page.name} does not give {name}'s user property {expression[2:-1]}")
        default = setting.get("default-value") if setting is not None else None
        if default and not re.search(rf"Default\s*:\s*{re.escape(default)}\s", section):
            problems.append(f"{page.name} does not give {name}'s default {default}")
    print(f"{page.name}: {checked} parameters, each with its property and default")

if problems:
    print("The site does not match the plugin descriptor:", *problems, sep="\n  ", file=sys.stderr)
    sys.exit(1)
