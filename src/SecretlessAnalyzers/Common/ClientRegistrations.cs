namespace SecretlessAnalyzers.Common
{
    /// <summary>The Microsoft.Extensions.Azure client registrations (<c>AddBlobServiceClient</c>, <c>AddServiceBusClient</c>...).</summary>
    public static class ClientRegistrations
    {
        /// <summary>
        /// The client type an <c>Add...</c> extension of the <c>Microsoft.Extensions.Azure</c> namespace registers
        /// (the first type argument of the <c>IAzureClientBuilder&lt;TClient, TOptions&gt;</c> it returns), or null.
        /// </summary>
        public static ITypeSymbol? RegisteredClient(IMethodSymbol method)
        {
            if (!method.Name.StartsWith("Add", System.StringComparison.Ordinal)
                || method.ContainingNamespace?.ToDisplayString() != "Microsoft.Extensions.Azure"
                || method.ReturnType is not INamedTypeSymbol { TypeArguments.Length: 2 } builder)
            {
                return null;
            }

            return builder.TypeArguments[0];
        }
    }
}
