using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using SecretlessAnalyzers.CodeFixes.Common;
using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.CodeFixes.KeyBased
{
    /// <summary>
    /// Rewrites <c>new BlobServiceClient(config.GetConnectionString("Storage"))</c> to
    /// <c>new BlobServiceClient(new Uri(config["Storage:ServiceUri"] ?? throw ...), credential)</c>. Only storage
    /// service clients (whose token overload takes the service URI) built straight from a configuration read.
    /// </summary>
    public static class KeyBasedClientRewriter
    {
        private const string ConnectionStringsPrefix = "ConnectionStrings:";

        // Service clients whose token overload is (Uri serviceUri, TokenCredential[, options]). File shares also need a
        // token intent in their options, so they are left out.
        private static readonly ImmutableHashSet<string> ServiceClients = ImmutableHashSet.Create(
            StringComparer.Ordinal, "BlobServiceClient", "QueueServiceClient", "TableServiceClient", "DataLakeServiceClient");

        /// <summary>The setting that holds the endpoint by convention: <c>&lt;Name&gt;:ServiceUri</c> for <c>ConnectionStrings:&lt;Name&gt;</c> or <c>&lt;Name&gt;</c>.</summary>
        public static string EndpointSetting(string configurationKey) =>
            (configurationKey.StartsWith(ConnectionStringsPrefix, StringComparison.OrdinalIgnoreCase)
                ? configurationKey.Substring(ConnectionStringsPrefix.Length)
                : configurationKey) + ":ServiceUri";

        public static async Task<Document?> TryRewriteAsync(
            Document document,
            TextSpan span,
            ImmutableDictionary<string, string?> properties,
            CredentialKind kind,
            CancellationToken cancellationToken)
        {
            if (!properties.TryGetValue(DiagnosticProperties.Service, out var service) || service != "Storage"
                || !properties.TryGetValue(DiagnosticProperties.SecretKind, out var secretKind) || secretKind != "ConnectionString"
                || !properties.TryGetValue(DiagnosticProperties.ConfigurationKey, out var key) || string.IsNullOrEmpty(key)
                || await ReportedSecret.FindAsync(document, span, properties, cancellationToken).ConfigureAwait(false) is not { } reported)
            {
                return null;
            }

            var argument = reported.Expression.Parent as ArgumentSyntax;
            if (argument?.Parent is not ArgumentListSyntax { Arguments.Count: 1 or 2 } list
                || list.Arguments[0] != argument
                || list.Parent is not BaseObjectCreationExpressionSyntax creation
                || ConfigurationOf(reported.Expression) is not { } configuration
                || reported.SemanticModel.GetTypeInfo(creation, cancellationToken).Type is not { } clientType
                || !ServiceClients.Contains(clientType.Name))
            {
                return null;
            }

            var setting = EndpointSetting(key!);
            var endpoint = SyntaxFactory.ParseExpression(
                $"{configuration.WithoutTrivia().ToFullString()}[\"{setting}\"] ?? throw new System.InvalidOperationException(\"Missing setting {setting}\")");
            var expressions = list.Arguments.Select(a => a.Expression).ToList();
            expressions[0] = CredentialSyntax.NewUri(CredentialSyntax.Annotate(endpoint));
            expressions.Insert(1, reported.Credential(document, kind));
            var rewritten = creation.WithArgumentList(ArgumentLists.Replace(list, expressions));
            if (!SecretDeclarations.BindsToTokenOverload(reported.SemanticModel, creation, rewritten))
            {
                return null;
            }

            var fixedDocument = await FixCleanup.RunAsync(document.WithSyntaxRoot(reported.Root.ReplaceNode(creation, rewritten)), cancellationToken).ConfigureAwait(false);
            return await FixVerification.KeepIfItCompilesAsync(document, fixedDocument, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The configuration object of <c>c.GetConnectionString("X")</c> or <c>c["X"]</c> (a trailing <c>!</c> allowed).</summary>
        private static ExpressionSyntax? ConfigurationOf(ExpressionSyntax read)
        {
            if (read is PostfixUnaryExpressionSyntax suppressed && suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression))
            {
                read = suppressed.Operand;
            }

            return read switch
            {
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetConnectionString", Expression: var receiver }, ArgumentList.Arguments.Count: 1 } => receiver,
                ElementAccessExpressionSyntax { ArgumentList.Arguments.Count: 1 } access => access.Expression,
                _ => null,
            };
        }
    }
}
