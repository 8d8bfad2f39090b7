using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.CodeFixes.Common
{
    /// <summary>The token credential a fix writes in place of a secret.</summary>
    public enum CredentialKind
    {
        DefaultAzureCredential,
        ManagedIdentityCredential,

        /// <summary>Kubernetes (AKS) workload identity: offered by the fixes that replace an Entra client secret.</summary>
        WorkloadIdentityCredential,
    }

    /// <summary>Titles and equivalence keys shared by every fix that swaps a secret for a token credential.</summary>
    public static class CredentialActions
    {
        public const string UseDefaultAzureCredentialKey = "Secretless.UseDefaultAzureCredential";
        public const string UseManagedIdentityCredentialKey = "Secretless.UseManagedIdentityCredential";
        public const string UseWorkloadIdentityCredentialKey = "Secretless.UseWorkloadIdentityCredential";

        public static string EquivalenceKey(CredentialKind kind) => kind switch
        {
            CredentialKind.DefaultAzureCredential => UseDefaultAzureCredentialKey,
            CredentialKind.ManagedIdentityCredential => UseManagedIdentityCredentialKey,
            _ => UseWorkloadIdentityCredentialKey,
        };

        public static CredentialKind? FromEquivalenceKey(string? key) => key switch
        {
            UseDefaultAzureCredentialKey => CredentialKind.DefaultAzureCredential,
            UseManagedIdentityCredentialKey => CredentialKind.ManagedIdentityCredential,
            UseWorkloadIdentityCredentialKey => CredentialKind.WorkloadIdentityCredential,
            _ => null,
        };

        public static string Title(CredentialKind kind, string? role)
        {
            var name = kind.ToString();
            return string.IsNullOrEmpty(role) ? "Use " + name : "Use " + name + " (grant the identity '" + role + "')";
        }

        /// <summary>The preferred action first: IDEs show it on top and <c>dotnet format</c> applies it.</summary>
        public static CredentialKind[] InPreferredOrder(CredentialOptions options) =>
            options.Preferred == CredentialKind.DefaultAzureCredential
                ? new[] { CredentialKind.DefaultAzureCredential, CredentialKind.ManagedIdentityCredential }
                : new[] { CredentialKind.ManagedIdentityCredential, CredentialKind.DefaultAzureCredential };
    }
}
