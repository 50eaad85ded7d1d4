"""Swedish texts: SCB's statistics: the PxWebApi 2.0 command (cli.scb.*)."""

TEXT: dict = {}
