package dev.veil.eval.corpus;

import java.util.List;

/**
 * Source files and configuration with credentials: .env files, YAML, JSON, properties, Python,
 * Java, shell and Terraform snippets holding every secret type (provider keys, AWS secret keys,
 * generic secrets, JWTs, private key blocks, passwords, connection strings), plus author lines with
 * names and e-mails, and look-alikes that are not secrets: commit hashes, UUIDs, versions, ports.
 */
final class SourceAndConfig extends Genre {
    private static final List<Template> OPENERS = Template.all(
            "# .env - do not commit\n",
            "# config/application.yml\n",
            "#!/usr/bin/env python3\n# maintainer: {{p1}} <{{email}}>\nimport os\n",
            "// Copyright {{year}} {{org}}. Author: {{p1}}\npackage com.example.billing;\n\n",
            "#!/bin/bash\nset -euo pipefail\n",
            "");

    private static final List<Template> BODY = Template.all(
            "DATABASE_URL={{conn}}",
            "AWS_ACCESS_KEY_ID={{apikey}}\nAWS_SECRET_ACCESS_KEY={{awssecret}}",
            "STRIPE_API_KEY={{apikey}}",
            "spring:\n  datasource:\n    url: jdbc:postgresql://{{host}}:5432/app\n    username: {{user}}\n    password: {{password}}",
            "client = OpenAI(api_key=\"{{apikey}}\")",
            "headers = {\"Authorization\": \"Bearer {{jwt}}\"}",
            "{\"client_id\": \"{{uuid}}\", \"client_secret\": \"{{secret}}\"}",
            "curl -u admin:{{password}} https://{{host}}/api/v1/health",
            "cat > deploy_key <<'EOF'\n{{pem}}\nEOF",
            "String token = \"{{apikey}}\"; // TODO move to vault",
            "private static final String DB_PASSWORD = \"{{password}}\";",
            "git checkout {{sha}}",
            "request_id = \"{{uuid}}\"",
            "version = \"{{version}}\"\nport = 8080\ntimeout_seconds = 30",
            "upstream_host: {{ipv4}}\nlisten_port: 8443",
            "# ping {{p2.first}} ({{email}}) before rotating keys",
            "SECRET_KEY = \"{{secret}}\"",
            "slack_token: {{apikey}}",
            "mongo_uri = \"{{conn}}\"",
            "export GITHUB_TOKEN={{apikey}}",
            "resource \"aws_db_instance\" \"main\" {\n  username = \"admin\"\n  password = \"{{password}}\"\n}",
            "jwt_secret: {{secret}}",
            "ssh_private_key: |\n{{pem}}",
            "log.info(\"user {} logged in from {}\", userId, \"{{ipv4}}\");",
            "# node {{mac}} reserved for the build agent",
            "wallet_address = \"{{wallet}}\"",
            "sha256sum: {{sha}}{{sha}}");

    private static final List<Template> CLOSERS = Template.all("", "\n# end of file\n", "}\n", "main \"$@\"\n");

    SourceAndConfig(Values v) {
        super(v, "code", OPENERS, BODY, CLOSERS);
    }

    @Override
    protected String separator() {
        return "\n";
    }

    @Override
    protected double upperCase() {
        return 0.0;
    }
}
