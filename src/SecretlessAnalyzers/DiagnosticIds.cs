namespace SecretlessAnalyzers
{
    /// <summary>The stable rule identifiers of the package. IDs never change meaning once shipped.</summary>
    public static class DiagnosticIds
    {
        /// <summary>Storage account key or shared access signature embedded in code.</summary>
        public const string StorageAccountKey = "SL1001";

        /// <summary>Service Bus, Event Hubs or Relay shared access key or signature embedded in code.</summary>
        public const string MessagingSharedAccessKey = "SL1002";

        /// <summary>Cosmos DB account key embedded in code.</summary>
        public const string CosmosAccountKey = "SL1004";

        /// <summary>Secret in a configuration file (appsettings.json, local.settings.json, web.config...).</summary>
        public const string SecretInConfigurationFile = "SL1020";

        /// <summary>Code reads a configuration setting that holds a secret.</summary>
        public const string ConfiguredSecretRead = "SL1021";

        /// <summary>Microsoft Entra client secret, user password or certificate password embedded in code.</summary>
        public const string ClientSecret = "SL1005";

        /// <summary>Literal API key, named key or SAS given to a key credential or a key-taking client.</summary>
        public const string ApiKey = "SL1006";

        /// <summary>A secret recognised by its format (identifiable keys, tokens, private keys) in any string literal.</summary>
        public const string KnownFormatSecret = "SL1010";

        /// <summary>A secret-looking literal assigned to a symbol or key named like a secret (heuristic).</summary>
        public const string SecretNamedLiteral = "SL1011";

        /// <summary>SQL Server, PostgreSQL or MySQL password in a connection string.</summary>
        public const string DatabasePassword = "SL1003";

        /// <summary>Redis, App Configuration, SignalR / Web PubSub or Event Grid connection string with a secret.</summary>
        public const string AzureServiceConnectionString = "SL1007";

        /// <summary>Azure client created or registered with a key, connection string or SAS read at run time.</summary>
        public const string KeyBasedAuthentication = "SL2001";

        /// <summary>DefaultAzureCredential created in code that runs in production (off by default).</summary>
        public const string DefaultAzureCredentialInProduction = "SL2002";

        /// <summary>The baseline file (secretless.baseline.json) is corrupt or not ours: it silences nothing.</summary>
        public const string BaselineUnusable = "SL1090";
    }

    /// <summary>Help links point at the rule pages in <c>docs/rules/</c>.</summary>
    public static class HelpLinks
    {
        public const string RulesBaseUri = "https://github.com/SecretlessAnalyzers/SecretlessAnalyzers/blob/main/docs/rules/";

        public static string ForRule(string id) => RulesBaseUri + id + ".md";
    }

    public static class DiagnosticCategories
    {
        public const string Security = "Security";
    }
}
