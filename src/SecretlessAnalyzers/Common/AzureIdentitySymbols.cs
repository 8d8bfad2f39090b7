namespace SecretlessAnalyzers.Common
{
    /// <summary>
    /// Whether the compilation can use token credentials. Since Azure.Identity 1.21 its types are forwarded into
    /// Azure.Core, so they are looked up by full name, never by assembly.
    /// </summary>
    public sealed class AzureIdentitySymbols(Compilation compilation)
    {
        public INamedTypeSymbol? TokenCredential { get; } = compilation.GetTypeByMetadataName("Azure.Core.TokenCredential");

        public INamedTypeSymbol? DefaultAzureCredential { get; } = compilation.GetTypeByMetadataName("Azure.Identity.DefaultAzureCredential");

        public INamedTypeSymbol? ManagedIdentityCredential { get; } = compilation.GetTypeByMetadataName("Azure.Identity.ManagedIdentityCredential");

        /// <summary>Present from Azure.Identity 1.18 on; older versions only have the string client-id constructor.</summary>
        public INamedTypeSymbol? ManagedIdentityId { get; } = compilation.GetTypeByMetadataName("Azure.Identity.ManagedIdentityId");

        public bool IsAvailable => TokenCredential is not null && DefaultAzureCredential is not null;
    }
}
