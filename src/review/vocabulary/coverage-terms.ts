/** Terms that show a plan covers security and observability (persona: "Glossing over security implications or observability coverage"). */

export const securityTerms =
  /\b(?:security|firewall\w*|segmentation|isolat\w*|mfa|2fa|two-factor|tls|https|certificates?|ssh keys?|least privilege|encrypt\w*|acls?|access control|hardening|harden|patch\w*|vpn|wireguard|tailscale|zero[- ]trust|secrets?|credentials?|passwords?|authentication|rbac|permissions?|exposure|exposed|attack surface|fail2ban|crowdsec|ids|ips)\b/gi;

export const observabilityTerms =
  /\b(?:monitor\w*|alert\w*|prometheus|grafana|uptime[- ]kuma|zabbix|netdata|checkmk|influxdb|loki|metrics?|logs?|logging|syslog|dashboards?|observability|notifications?|ntfy|pushover|healthchecks(?:\.io)?|smartd|nut|upsmon|scrape\w*|exporters?)\b/gi;

/** Distinct terms needed when the plan has no section of its own for the topic. */
export const MIN_DISTINCT_TERMS = 2;
