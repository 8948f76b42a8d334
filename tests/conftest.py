"""Fixtures every test module may use without importing them."""

from tests.support.fakeslack import fake_slack, slack  # noqa: F401 - fixtures
