"""manifest.yml gives the app every scope, command, event and setting the code uses.

The Web API methods are found in bot/ itself (any WebClient method name in the source), so a
new call without its scope in the manifest fails here before it fails in a workspace.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from slack_sdk import WebClient

ROOT = Path(__file__).resolve().parents[3]
SCOPE_FOR = {  # Web API method → the bot scope it needs (None: no scope)
    "auth_test": None, "views_publish": None, "chat_postMessage": "chat:write", "chat_postEphemeral": "chat:write",
    "chat_update": "chat:write", "conversations_open": "im:write", "files_info": "files:read",
    "reactions_add": "reactions:write", "reactions_remove": "reactions:write", "users_info": "users:read",
}  # fmt: skip


def manifest() -> dict:
    return yaml.safe_load((ROOT / "manifest.yml").read_text(encoding="utf-8"))


def web_api_methods_used() -> set[str]:
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "bot").rglob("*.py"))
    names = set(re.findall(r"\b([a-z]+_[a-zA-Z]+)\b", source))
    return {n for n in names if n != "api_call" and callable(getattr(WebClient, n, None))}


def test_every_web_api_method_the_bot_calls_has_its_scope():
    used = web_api_methods_used()
    assert {"chat_postMessage", "reactions_add", "views_publish", "files_info", "users_info"} <= used
    unknown = used - SCOPE_FOR.keys()
    assert not unknown, f"add these methods and their scopes to SCOPE_FOR and manifest.yml: {unknown}"
    scopes = set(manifest()["oauth_config"]["scopes"]["bot"])
    assert {SCOPE_FOR[m] for m in used if SCOPE_FOR[m]} <= scopes
    assert {"commands", "app_mentions:read", "im:history"} <= scopes  # the ways in


def test_command_events_home_interactivity_and_socket_mode():
    m = manifest()
    [command] = m["features"]["slash_commands"]
    assert command["command"] == "/kkr" and "next" in command["usage_hint"] and "help" in command["usage_hint"]
    assert set(m["settings"]["event_subscriptions"]["bot_events"]) == {"app_mention", "message.im", "app_home_opened"}
    home = m["features"]["app_home"]
    assert home["home_tab_enabled"] and home["messages_tab_enabled"] and not home["messages_tab_read_only_enabled"]
    assert m["settings"]["interactivity"]["is_enabled"] is True
    assert m["settings"]["socket_mode_enabled"] is True
    assert len(m["display_information"]["description"]) <= 140
