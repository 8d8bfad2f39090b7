using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.CodeFixes.Common
{
    /// <summary>
    /// The credential options of a document, from <c>.editorconfig</c>:
    /// <c>secretless.credential = default_azure_credential | managed_identity</c> orders the code actions (dotnet format
    /// applies the first), and <c>secretless.managed_identity_client_id = &lt;guid&gt;</c> selects a user-assigned identity.
    /// </summary>
    public sealed class CredentialOptions
    {
        public const string CredentialKey = SecretlessOptions.CredentialKey;
        public const string ManagedIdentityClientIdKey = "secretless.managed_identity_client_id";

        private CredentialOptions(CredentialKind preferred, string? managedIdentityClientId)
        {
            Preferred = preferred;
            ManagedIdentityClientId = managedIdentityClientId;
        }

        public CredentialKind Preferred { get; }

        /// <summary>The client id of a user-assigned managed identity (not the client id of an app registration).</summary>
        public string? ManagedIdentityClientId { get; }

        /// <param name="followDefaultCredentialRule">True for the fixes that write a credential in place of a secret:
        /// with SL2002 on they write the ManagedIdentityCredential it accepts. SL2002's own fix passes false: both of
        /// its actions are accepted by the rule, and <c>secretless.credential</c> alone orders them.</param>
        public static CredentialOptions For(Document document, SyntaxTree tree, bool followDefaultCredentialRule = true)
        {
            // The analyzers read the same option for the Credential property of their findings.
            var options = document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree);
            var secretless = SecretlessOptions.For(document.Project.AnalyzerOptions, tree);
            var preferred = (followDefaultCredentialRule ? secretless.PreferredCredentialFor(document.Project.CompilationOptions, tree) : secretless.PreferredCredential) == SecretlessOptions.ManagedIdentityCredential
                ? CredentialKind.ManagedIdentityCredential
                : CredentialKind.DefaultAzureCredential;
            string? clientId = null;
            if (options.TryGetValue(ManagedIdentityClientIdKey, out var configuredId) && Guid.TryParse(configuredId.Trim(), out var guid))
            {
                clientId = guid.ToString("D");
            }

            return new CredentialOptions(preferred, clientId);
        }
    }
}
