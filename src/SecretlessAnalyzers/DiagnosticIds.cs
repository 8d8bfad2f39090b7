namespace SecretlessAnalyzers
{
    /// <summary>The stable rule identifiers of the package. IDs never change meaning once shipped.</summary>
    public static class DiagnosticIds
    {
        /// <summary>Storage account key or shared access signature embedded in code.</summary>
        public const string StorageAccountKey = "SL1001";

        /// <summary>Secret in a configuration file (appsettings.json, local.settings.json, web.config...).</summary>
        public const string SecretInConfigurationFile = "SL1020";

        /// <summary>Code reads a configuration setting that holds a secret.</summary>
        public const string ConfiguredSecretRead = "SL1021";

        /// <summary>DefaultAzureCredential created in code that runs in production (off by default).</summary>
        public const string DefaultAzureCredentialInProduction = "SL2002";
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
