"""pathway: routes to a Norwegian vocational qualification, planned from YAML rules."""

__version__ = "0.1.0"
