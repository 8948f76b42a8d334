from click.testing import CliRunner

from bot.cli.main import main


def test_cli_help_lists_itself():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    assert "kkrbot" in result.output
