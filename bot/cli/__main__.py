"""`python -m bot.cli …` runs the `kkrbot` command."""

from bot.cli.main import main

main()
