using Azure;
using Azure.Core;
using Azure.Identity;
using Azure.Search.Documents;

namespace LegacyService.Identity;

/// <summary>Product search, wired up by a contractor with an app-registration secret and the search admin key.</summary>
public sealed class CatalogSearch
{
    private static readonly Uri Endpoint = new("https://contosocatalog.search.windows.net");

    // Reads the price rules from Key Vault as the contractor's app registration (sample secret: base64 of "Sample client secret!").
    public TokenCredential VaultCredential { get; } = new ClientSecretCredential(
        "72f988bf-86f1-41af-91ab-2d7cd011db47",
        "0b9c1f7e-6d2a-4b8e-9c3f-1a2b3c4d5e6f",
        "U2FtcGxlIGNsaWVudCBzZWNyZXQh");

    // Sample key: base64 of "SecretlessAnalyzers sample search key, not a real one".
    public SearchClient Products { get; } = new SearchClient(
        Endpoint,
        "products",
        new AzureKeyCredential("U2VjcmV0bGVzc0FuYWx5emVycyBzYW1wbGUgc2VhcmNoIGtleSwgbm90IGEgcmVhbCBvbmU="));
}
