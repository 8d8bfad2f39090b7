using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.Credentials
{
    /// <summary>A parameter that can only hold a secret, and the rule that reports a literal given to it.</summary>
    /// <param name="RuleId">SL1005, SL1006, or SL1001 for the storage shared-key credentials (reported by the storage rule).</param>
    /// <param name="SecretKind">For <see cref="DiagnosticProperties.SecretKind"/>: <c>ClientSecret</c>, <c>UserPassword</c>, <c>ApiKey</c>...</param>
    /// <param name="Api">The type or method that receives the secret, as the message names it.</param>
    public sealed record SecretParameter(string RuleId, string SecretKind, string KindDisplayName, string Api);

    /// <summary>
    /// The credential APIs of one compilation whose parameters hold secrets: Azure.Identity credentials, certificate
    /// loading, MSAL, the Azure.Core key credentials and key-taking client constructors. Looked up once, lazily.
    /// </summary>
    public sealed class CredentialSymbols(Compilation compilation)
    {
        public const string ClientSecretCredentialName = "ClientSecretCredential";
        public const string ClientCertificateCredentialName = "ClientCertificateCredential";
        public const string UsernamePasswordCredentialName = "UsernamePasswordCredential";

        /// <summary>Environment variables that EnvironmentCredential / DefaultAzureCredential read a secret from.</summary>
        private static readonly string[] SecretEnvironmentVariables = { "AZURE_CLIENT_SECRET", "AZURE_CLIENT_CERTIFICATE_PASSWORD", "AZURE_PASSWORD" };

        // String parameters of client constructors that take a key as plain text.
        private static readonly string[] KeyParameterNames = { "apiKey", "key", "subscriptionKey", "accessKey", "keyCredential" };

        public INamedTypeSymbol? ClientSecretCredential { get; } = compilation.GetTypeByMetadataName("Azure.Identity.ClientSecretCredential");

        public INamedTypeSymbol? OnBehalfOfCredential { get; } = compilation.GetTypeByMetadataName("Azure.Identity.OnBehalfOfCredential");

        public INamedTypeSymbol? AuthorizationCodeCredential { get; } = compilation.GetTypeByMetadataName("Azure.Identity.AuthorizationCodeCredential");

        public INamedTypeSymbol? UsernamePasswordCredential { get; } = compilation.GetTypeByMetadataName("Azure.Identity.UsernamePasswordCredential");

        public INamedTypeSymbol? ClientCertificateCredential { get; } = compilation.GetTypeByMetadataName("Azure.Identity.ClientCertificateCredential");

        public INamedTypeSymbol? X509Certificate2 { get; } = compilation.GetTypeByMetadataName("System.Security.Cryptography.X509Certificates.X509Certificate2");

        public INamedTypeSymbol? X509Certificate2Collection { get; } = compilation.GetTypeByMetadataName("System.Security.Cryptography.X509Certificates.X509Certificate2Collection");

        public INamedTypeSymbol? X509CertificateLoader { get; } = compilation.GetTypeByMetadataName("System.Security.Cryptography.X509Certificates.X509CertificateLoader");

        public INamedTypeSymbol? ConfidentialClientApplicationBuilder { get; } = compilation.GetTypeByMetadataName("Microsoft.Identity.Client.ConfidentialClientApplicationBuilder");

        public INamedTypeSymbol? Environment { get; } = compilation.GetTypeByMetadataName("System.Environment");

        public INamedTypeSymbol? AzureKeyCredential { get; } = compilation.GetTypeByMetadataName("Azure.AzureKeyCredential");

        public INamedTypeSymbol? AzureNamedKeyCredential { get; } = compilation.GetTypeByMetadataName("Azure.AzureNamedKeyCredential");

        public INamedTypeSymbol? AzureSasCredential { get; } = compilation.GetTypeByMetadataName("Azure.AzureSasCredential");

        public INamedTypeSymbol? ApiKeyCredential { get; } = compilation.GetTypeByMetadataName("System.ClientModel.ApiKeyCredential");

        public INamedTypeSymbol? StorageSharedKeyCredential { get; } = compilation.GetTypeByMetadataName("Azure.Storage.StorageSharedKeyCredential");

        public INamedTypeSymbol? TableSharedKeyCredential { get; } = compilation.GetTypeByMetadataName("Azure.Data.Tables.TableSharedKeyCredential");

        public AzureIdentitySymbols Identity { get; } = new AzureIdentitySymbols(compilation);

        /// <summary>The Azure.Core / System.ClientModel credential types that wrap a key or a SAS.</summary>
        public bool IsKeyCredential(ITypeSymbol? type) =>
            Is(type, AzureKeyCredential) || Is(type, AzureNamedKeyCredential) || Is(type, AzureSasCredential) || Is(type, ApiKeyCredential);

        /// <summary>The Azure.Identity credentials whose secret the SL1005 fix replaces by a managed identity.</summary>
        public bool IsReplaceableIdentityCredential(ITypeSymbol? type) =>
            Is(type, ClientSecretCredential) || Is(type, ClientCertificateCredential) || Is(type, UsernamePasswordCredential);

        /// <summary>What <paramref name="parameter"/> of <paramref name="method"/> holds, or null when it is not a secret parameter.</summary>
        public SecretParameter? Classify(IMethodSymbol method, IParameterSymbol parameter, ArgumentListSyntax? arguments, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            if (parameter.Type.SpecialType != SpecialType.System_String)
            {
                return null;
            }

            var type = method.ContainingType;
            var name = parameter.Name;
            if (method.MethodKind == MethodKind.Constructor)
            {
                if ((Is(type, ClientSecretCredential) || Is(type, OnBehalfOfCredential) || Is(type, AuthorizationCodeCredential)) && name == "clientSecret")
                {
                    return new SecretParameter(DiagnosticIds.ClientSecret, "ClientSecret", "Client secret", type.Name);
                }

                // ADAL (Microsoft.IdentityModel.Clients.ActiveDirectory, retired): new ClientCredential(clientId, appKey).
                if (type.Name == "ClientCredential" && name == "clientSecret"
                    && type.ContainingNamespace?.ToDisplayString() == "Microsoft.IdentityModel.Clients.ActiveDirectory")
                {
                    return new SecretParameter(DiagnosticIds.ClientSecret, "ClientSecret", "Client secret", "ADAL ClientCredential");
                }

                if (Is(type, UsernamePasswordCredential) && name == "password")
                {
                    return new SecretParameter(DiagnosticIds.ClientSecret, "UserPassword", "User password", type.Name);
                }

                if (Is(type, X509Certificate2) && name == "password")
                {
                    return new SecretParameter(DiagnosticIds.ClientSecret, "CertificatePassword", "Certificate password", type.Name);
                }

                if ((Is(type, AzureKeyCredential) || Is(type, ApiKeyCredential)) && name == "key")
                {
                    return new SecretParameter(DiagnosticIds.ApiKey, "ApiKey", "API key", type.Name);
                }

                if (Is(type, AzureNamedKeyCredential) && name == "key")
                {
                    return new SecretParameter(DiagnosticIds.ApiKey, "NamedKey", "Named key", type.Name);
                }

                if (Is(type, AzureSasCredential) && name == "signature")
                {
                    return new SecretParameter(DiagnosticIds.ApiKey, "SharedAccessSignature", "Shared access signature", type.Name);
                }

                if ((Is(type, StorageSharedKeyCredential) || Is(type, TableSharedKeyCredential)) && name == "accountKey")
                {
                    return new SecretParameter(DiagnosticIds.StorageAccountKey, "StorageAccountKey", "Account key", type.Name);
                }

                if (IsClientType(type) && Array.IndexOf(KeyParameterNames, name) >= 0)
                {
                    return new SecretParameter(DiagnosticIds.ApiKey, "ApiKey", "API key", type.Name);
                }

                return null;
            }

            if (name == "password" && (Is(type, X509CertificateLoader) || ((Is(type, X509Certificate2) || Is(type, X509Certificate2Collection)) && method.Name == "Import")))
            {
                return new SecretParameter(DiagnosticIds.ClientSecret, "CertificatePassword", "Certificate password", type.Name + "." + method.Name);
            }

            // Key rotation: credential.Update("new key") puts the new key in the code just as the constructor does.
            if (method.Name == "Update")
            {
                if ((Is(type, AzureKeyCredential) || Is(type, ApiKeyCredential)) && name == "key")
                {
                    return new SecretParameter(DiagnosticIds.ApiKey, "ApiKey", "API key", type.Name + ".Update");
                }

                if (Is(type, AzureNamedKeyCredential) && name == "key")
                {
                    return new SecretParameter(DiagnosticIds.ApiKey, "NamedKey", "Named key", type.Name + ".Update");
                }

                if (Is(type, AzureSasCredential) && name == "signature")
                {
                    return new SecretParameter(DiagnosticIds.ApiKey, "SharedAccessSignature", "Shared access signature", type.Name + ".Update");
                }
            }

            if (Is(type, ConfidentialClientApplicationBuilder) && method.Name == "WithClientSecret")
            {
                return new SecretParameter(DiagnosticIds.ClientSecret, "ClientSecret", "Client secret", "ConfidentialClientApplicationBuilder.WithClientSecret");
            }

            if (Is(type, Environment) && method.Name == "SetEnvironmentVariable" && name == "value"
                && arguments is { Arguments.Count: >= 2 }
                && semanticModel.GetConstantValue(arguments.Arguments[0].Expression, cancellationToken).Value is string variable
                && Array.IndexOf(SecretEnvironmentVariables, variable) >= 0)
            {
                return new SecretParameter(DiagnosticIds.ClientSecret, variable == "AZURE_CLIENT_SECRET" ? "ClientSecret" : variable == "AZURE_PASSWORD" ? "UserPassword" : "CertificatePassword",
                    variable == "AZURE_CLIENT_SECRET" ? "Client secret" : variable == "AZURE_PASSWORD" ? "User password" : "Certificate password",
                    variable);
            }

            return null;
        }

        /// <summary>The secret parameter an argument is bound to, binding only the call that directly receives it.</summary>
        public SecretParameter? ClassifyArgument(ArgumentSyntax argument, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            if (argument.Parent is not ArgumentListSyntax { Parent: ExpressionSyntax call } list
                || semanticModel.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol method)
            {
                return null;
            }

            var parameter = ArgumentBinding.ParameterOf(argument, list, method);
            return parameter is null ? null : Classify(method, parameter, list, semanticModel, cancellationToken);
        }


        /// <summary>An Azure SDK-style client: a public class named <c>*Client</c>.</summary>
        public static bool IsClientType(INamedTypeSymbol type) =>
            type.Name.EndsWith("Client", StringComparison.Ordinal) && type.TypeKind == TypeKind.Class;

        private static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
            type is not null && expected is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, expected);
    }
}
