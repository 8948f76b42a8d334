"""The `kkrbot` command (`main.main`): one module per command family, each a thin click shell."""
