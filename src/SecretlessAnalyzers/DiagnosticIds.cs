namespace SecretlessAnalyzers
{
    /// <summary>The stable rule identifiers of the package. IDs never change meaning once shipped.</summary>
    public static class DiagnosticIds
    {
        /// <summary>Storage account key or shared access signature embedded in code.</summary>
        public const string StorageAccountKey = "SL1001";

        /// <summary>SQL Server, PostgreSQL or MySQL password in a connection string.</summary>
        public const string DatabasePassword = "SL1003";

        /// <summary>Redis, App Configuration, SignalR / Web PubSub or Event Grid connection string with a secret.</summary>
        public const string AzureServiceConnectionString = "SL1007";
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
