namespace SecretlessAnalyzers.Common
{
    /// <summary>
    /// Whether the compilation can use token credentials. Since Azure.Identity 1.21 its types are forwarded into
    /// Azure.Core, so they are looked up by full name, never by assembly.
    /// </summary>
    public sealed class AzureIdentitySymbols
    {
        public AzureIdentitySymbols(Compilation compilation)
        {
            TokenCredential = compilation.GetTypeByMetadataName("Azure.Core.TokenCredential");
            DefaultAzureCredential = compilation.GetTypeByMetadataName("Azure.Identity.DefaultAzureCredential");
            ManagedIdentityCredential = compilation.GetTypeByMetadataName("Azure.Identity.ManagedIdentityCredential");
            ManagedIdentityId = compilation.GetTypeByMetadataName("Azure.Identity.ManagedIdentityId");
        }

        public INamedTypeSymbol? TokenCredential { get; }

        public INamedTypeSymbol? DefaultAzureCredential { get; }

        public INamedTypeSymbol? ManagedIdentityCredential { get; }

        /// <summary>Present from Azure.Identity 1.18 on; older versions only have the string client-id constructor.</summary>
        public INamedTypeSymbol? ManagedIdentityId { get; }

        public bool IsAvailable => TokenCredential is not null && DefaultAzureCredential is not null;
    }
}
