using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace SecretlessAnalyzers.CodeFixes.Common
{
    /// <summary>
    /// Builds the credential expression a fix inserts. Names are written fully qualified and annotated, so the
    /// clean-up adds <c>using Azure.Identity;</c> / <c>using System;</c> and shortens them.
    /// </summary>
    public static class CredentialSyntax
    {
        public const string SharedFieldName = "AzureCredential";

        public static string CredentialTypeName(CredentialKind kind) => "Azure.Identity." + kind;

        /// <summary>
        /// <c>new DefaultAzureCredential()</c>, or <c>new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)</c>
        /// (user-assigned when a client id is configured), in the non-obsolete form the referenced Azure.Identity offers.
        /// </summary>
        public static ExpressionSyntax NewCredential(Compilation compilation, CredentialKind kind, CredentialOptions options)
        {
            string text;
            if (kind == CredentialKind.DefaultAzureCredential)
            {
                text = "new Azure.Identity.DefaultAzureCredential()";
            }
            else if (kind == CredentialKind.WorkloadIdentityCredential)
            {
                // Reads AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_FEDERATED_TOKEN_FILE, which AKS workload identity injects.
                text = "new Azure.Identity.WorkloadIdentityCredential()";
            }
            else if (compilation.GetTypeByMetadataName("Azure.Identity.ManagedIdentityId") is not null)
            {
                var id = options.ManagedIdentityClientId is null
                    ? "Azure.Identity.ManagedIdentityId.SystemAssigned"
                    : "Azure.Identity.ManagedIdentityId.FromUserAssignedClientId(\"" + options.ManagedIdentityClientId + "\")";
                text = "new Azure.Identity.ManagedIdentityCredential(" + id + ")";
            }
            else
            {
                // Azure.Identity before 1.18: the client-id constructor is the only one (and not yet obsolete).
                text = options.ManagedIdentityClientId is null
                    ? "new Azure.Identity.ManagedIdentityCredential()"
                    : "new Azure.Identity.ManagedIdentityCredential(\"" + options.ManagedIdentityClientId + "\")";
            }

            return Annotate(SyntaxFactory.ParseExpression(text));
        }

        /// <summary><c>new System.Uri("...")</c>, annotated for import and simplification.</summary>
        public static ExpressionSyntax NewUri(ExpressionSyntax address) =>
            Annotate(SyntaxFactory.ObjectCreationExpression(
                    SyntaxFactory.Token(SyntaxKind.NewKeyword).WithTrailingTrivia(SyntaxFactory.Space),
                    SyntaxFactory.ParseTypeName("System.Uri"),
                    SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(address))),
                    initializer: null));

        public static LiteralExpressionSyntax StringLiteral(string value) =>
            SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));

        public static T Annotate<T>(T node)
            where T : SyntaxNode =>
            node.WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

        /// <summary>
        /// A <c>static readonly</c> field of the credential type in an enclosing type, initialised with <c>new</c>:
        /// the fix reuses it so one credential instance serves every client, as the Azure SDK guidance advises.
        /// </summary>
        public static string? FindSharedCredentialField(SyntaxNode location, SemanticModel semanticModel, CredentialKind kind)
        {
            var wanted = semanticModel.Compilation.GetTypeByMetadataName(CredentialTypeName(kind));
            if (wanted is null)
            {
                return null;
            }

            foreach (var type in location.Ancestors().OfType<TypeDeclarationSyntax>())
            {
                foreach (var field in type.Members.OfType<FieldDeclarationSyntax>())
                {
                    if (!field.Modifiers.Any(SyntaxKind.StaticKeyword) || !field.Modifiers.Any(SyntaxKind.ReadOnlyKeyword))
                    {
                        continue;
                    }

                    foreach (var variable in field.Declaration.Variables)
                    {
                        if (variable.Initializer?.Value is BaseObjectCreationExpressionSyntax
                            && semanticModel.GetDeclaredSymbol(variable) is IFieldSymbol symbol
                            && SymbolEqualityComparer.Default.Equals(symbol.Type, wanted))
                        {
                            return variable.Identifier.ValueText;
                        }
                    }
                }
            }

            return null;
        }

        /// <summary><c>private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();</c></summary>
        public static FieldDeclarationSyntax SharedCredentialField(string name, CredentialKind kind, ExpressionSyntax creation)
        {
            var text = "private static readonly " + CredentialTypeName(kind) + " " + name + " = " + creation.ToFullString() + ";";
            var field = (FieldDeclarationSyntax)SyntaxFactory.ParseMemberDeclaration(text)!;
            return Annotate(field).WithAdditionalAnnotations(Formatter.Annotation);
        }
    }
}
