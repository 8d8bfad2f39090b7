using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecretlessAnalyzers.CodeFixes.Common;
using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.CodeFixes.Credentials
{
    /// <summary>
    /// MSAL's confidential client keeps its app registration, but proves it with a managed identity instead of the
    /// secret: <c>.WithClientSecret("...")</c> becomes <c>.WithClientAssertion(...)</c> fed by a
    /// <c>ManagedIdentityCredential</c> token for <c>api://AzureADTokenExchange</c>. The app registration needs a
    /// federated identity credential that trusts the managed identity (the finding's message and the report say so).
    /// </summary>
    internal static class MsalClientAssertion
    {
        /// <summary>The audience Microsoft Entra ID expects in a managed identity's token used as a client assertion.</summary>
        private const string TokenExchangeScope = "api://AzureADTokenExchange/.default";

        /// <summary>Whether the diagnostic's secret is the argument of a <c>WithClientSecret</c> call (its fix writes its own managed identity credential, never the shared field).</summary>
        public static bool IsClientSecretOf(Diagnostic diagnostic) =>
            diagnostic.Location.SourceTree?.GetRoot().FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
                .FirstAncestorOrSelf<ArgumentSyntax>()?.Parent?.Parent is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "WithClientSecret" } };

        /// <summary>The rewritten <c>WithClientAssertion</c> call, or null when <paramref name="call"/> is not MSAL's <c>WithClientSecret</c> or the result does not bind.</summary>
        public static ExpressionSyntax? Rewrite(ExpressionSyntax call, SemanticModel semanticModel, ExpressionSyntax managedIdentity, CancellationToken cancellationToken)
        {
            if (call is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "WithClientSecret" } access, ArgumentList.Arguments.Count: 1 } invocation
                || semanticModel.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol { ContainingType: { } builder }
                || !builder.ToDisplayString().StartsWith("Microsoft.Identity.Client.", System.StringComparison.Ordinal)
                || semanticModel.Compilation.GetTypeByMetadataName("Microsoft.Identity.Client.AssertionRequestOptions") is null)
            {
                return null;
            }

            var assertion = CredentialSyntax.Annotate(SyntaxFactory.ParseExpression(
                "async (Microsoft.Identity.Client.AssertionRequestOptions options) => (await " + managedIdentity.WithoutTrivia().ToFullString()
                + ".GetTokenAsync(new Azure.Core.TokenRequestContext(new[] { " + SymbolDisplay.FormatLiteral(TokenExchangeScope, quote: true)
                + " }), options.CancellationToken)).Token"));
            var rewritten = invocation
                .WithExpression(access.WithName(SyntaxFactory.IdentifierName("WithClientAssertion")))
                .WithArgumentList(SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(assertion))));
            return SpeculativeBinding.SymbolInfo(semanticModel, invocation, rewritten, cancellationToken).Symbol is IMethodSymbol { Name: "WithClientAssertion" }
                ? rewritten
                : null;
        }
    }
}
