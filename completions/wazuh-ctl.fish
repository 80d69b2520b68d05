complete --keep-order --exclusive --command wazuh-ctl --arguments "(COMPLETE=fish wazuh-ctl -- (commandline --current-process --tokenize --cut-at-cursor) (commandline --current-token))"
