"""The domain: what Målbild's data is (the contract, statuses, messages). Imports no other layer."""
