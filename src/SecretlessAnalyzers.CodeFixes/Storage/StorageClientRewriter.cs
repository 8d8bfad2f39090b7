using System.Text;
using Microsoft.CodeAnalysis.FindSymbols;
using SecretlessAnalyzers.CodeFixes.Common;
using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Storage;

namespace SecretlessAnalyzers.CodeFixes.Storage
{
    /// <summary>
    /// Rewrites storage clients that receive a secret to their <c>(Uri, TokenCredential[, options])</c> overload.
    /// Every rewritten call is bound speculatively first: when the new call would not bind to a token-credential
    /// overload, no fix is produced, so a fix never leaves code that does not compile.
    /// </summary>
    public sealed class StorageClientRewriter : SecretClientRewriter
    {
        private readonly StorageSymbols _symbols;

        private StorageClientRewriter(Document document, SemanticModel semanticModel, ImmutableDictionary<string, string?> properties, ExpressionSyntax credential)
            : base(document, semanticModel, properties, credential)
        {
            _symbols = new StorageSymbols(semanticModel.Compilation);
        }

        /// <summary>The fixed document, or null when no safe rewrite exists.</summary>
        public static readonly SecretRewrite Rewrite = RewriteWith((d, m, p, c) => new StorageClientRewriter(d, m, p, c));

        // The secret travels inside a shared-key or SAS credential, or a SAS Uri.
        protected override bool IsWrapper(ITypeSymbol type) =>
            _symbols.IsKeyCredential(type) || _symbols.IsSasCredential(type) || SymbolEqualityComparer.Default.Equals(type, _symbols.Uri);

        protected override ExpressionSyntax? RewriteUse(ExpressionSyntax call, ArgumentSyntax use, ExpressionSyntax carrier, ExpressionSyntax reported, CancellationToken cancellationToken) =>
            // The connection string itself, or "read ?? connection string"; else a credential or Uri around the secret.
            carrier is not BaseObjectCreationExpressionSyntax
                ? RewriteConnectionStringUse(call, use, cancellationToken)
                : RewriteCredentialUse(call, use, carrier, reported, cancellationToken);

        /// <summary><c>new BlobContainerClient("...AccountKey=...", "orders")</c> and <c>builder.AddBlobServiceClient("...")</c>.</summary>
        private ExpressionSyntax? RewriteConnectionStringUse(ExpressionSyntax call, ArgumentSyntax use, CancellationToken cancellationToken)
        {
            if (SemanticModel.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol method)
            {
                return null;
            }

            if (method.MethodKind == MethodKind.Constructor && call is BaseObjectCreationExpressionSyntax creation)
            {
                return RewriteClientConstructor(creation, method, use, cancellationToken);
            }

            if (call is InvocationExpressionSyntax invocation && _symbols.ServiceOfRegistration(method.ReducedFrom ?? method) is { } service)
            {
                return RewriteRegistration(invocation, service, cancellationToken);
            }

            return null;
        }

        private ExpressionSyntax? RewriteClientConstructor(BaseObjectCreationExpressionSyntax creation, IMethodSymbol constructor, ArgumentSyntax use, CancellationToken cancellationToken)
        {
            var type = constructor.ContainingType;
            var service = _symbols.ServiceOf(type);
            if (service is null || !Properties.TryGetValue(DiagnosticProperties.EndpointPrefix + service, out var endpoint) || endpoint is null)
            {
                return null;
            }

            var arguments = ArgumentsByParameter(creation.ArgumentList!, constructor);
            if (arguments is null || !arguments.TryGetValue(use, out var connectionParameter) || connectionParameter.Name != "connectionString")
            {
                return null;
            }

            // Entity names after the connection string become URI path segments, except TableClient's tableName,
            // which its token overload keeps as an argument.
            var isTableClient = type.Name == "TableClient";
            ExpressionSyntax? tableName = null;
            ExpressionSyntax? options = null;
            var segments = new List<ExpressionSyntax>();
            var segmentNames = new List<string>();
            foreach (var pair in arguments.OrderBy(p => constructor.Parameters.IndexOf(p.Value)))
            {
                var parameter = pair.Value;
                if (parameter.Name == "connectionString")
                {
                    continue;
                }

                if (parameter.Type.SpecialType == SpecialType.System_String)
                {
                    if (isTableClient && parameter.Name == "tableName")
                    {
                        tableName = pair.Key.Expression;
                    }
                    else
                    {
                        segments.Add(pair.Key.Expression);
                        segmentNames.Add(parameter.Name);
                    }
                }
                else if (parameter.Name == "options")
                {
                    options = pair.Key.Expression;
                }
                else
                {
                    return null;
                }
            }

            var uri = BuildUri(endpoint, segments, segmentNames, cancellationToken);
            if (uri is null)
            {
                return null;
            }

            if (service == "file")
            {
                options = WithShareTokenIntent(options, constructor);
                if (options is null)
                {
                    return null;
                }
            }

            var newArguments = new List<ExpressionSyntax> { CredentialSyntax.NewUri(uri) };
            if (tableName is not null)
            {
                newArguments.Add(tableName);
            }

            newArguments.Add(Credential);
            if (options is not null)
            {
                newArguments.Add(options);
            }

            var rewritten = creation.WithArgumentList(ArgumentLists.Replace(creation.ArgumentList!, newArguments));
            return BindsToTokenOverload(creation, rewritten) ? rewritten : null;
        }

        /// <summary><c>builder.AddBlobServiceClient("...")</c> becomes <c>builder.AddBlobServiceClient(new Uri("...")).WithCredential(credential)</c>.</summary>
        private ExpressionSyntax? RewriteRegistration(InvocationExpressionSyntax invocation, string service, CancellationToken cancellationToken)
        {
            if (!Properties.TryGetValue(DiagnosticProperties.EndpointPrefix + service, out var endpoint) || endpoint is null
                || invocation.ArgumentList.Arguments.Count != 1 || invocation.Expression is not MemberAccessExpressionSyntax)
            {
                return null;
            }

            var withUri = invocation.WithArgumentList(ArgumentLists.Replace(invocation.ArgumentList, new[] { CredentialSyntax.NewUri(CredentialSyntax.StringLiteral(endpoint)) }));
            var bound = SemanticModel.GetSpeculativeSymbolInfo(invocation.SpanStart, withUri, SpeculativeBindingOption.BindAsExpression).Symbol as IMethodSymbol;
            if (bound is null || bound.Parameters.Length == 0 || bound.Parameters[bound.Parameters.Length - 1].Type.Name != "Uri")
            {
                return null;
            }

            return WithCredential(invocation, withUri);
        }

        /// <summary>
        /// A credential or SAS <c>Uri</c> object given to a client: the credential argument becomes the token credential;
        /// a SAS URL loses its query and the credential is added after it.
        /// </summary>
        private ExpressionSyntax? RewriteCredentialUse(ExpressionSyntax call, ArgumentSyntax use, ExpressionSyntax carrier, ExpressionSyntax reported, CancellationToken cancellationToken)
        {
            if (call is not BaseObjectCreationExpressionSyntax creation || creation.ArgumentList is null)
            {
                return null;
            }

            var arguments = creation.ArgumentList.Arguments.Select(a => a.Expression).ToList();
            var index = creation.ArgumentList.Arguments.IndexOf(use);
            if (index < 0 || creation.ArgumentList.Arguments.Any(a => a.NameColon is not null))
            {
                return null;
            }

            var carrierType = SemanticModel.GetTypeInfo(carrier, cancellationToken).Type;
            if (SymbolEqualityComparer.Default.Equals(carrierType, _symbols.Uri))
            {
                // new Uri("https://acct.blob.core.windows.net/c?sv=...&sig=...") -> new Uri("https://acct.blob.core.windows.net/c")
                if (reported is not LiteralExpressionSyntax literal || use.Expression != carrier)
                {
                    return null;
                }

                var url = literal.Token.ValueText;
                var queryStart = url.IndexOf('?');
                if (queryStart < 0)
                {
                    return null;
                }

                arguments[index] = carrier.ReplaceNode(literal, CredentialSyntax.StringLiteral(url.Substring(0, queryStart)).WithTriviaFrom(literal));
                arguments.Insert(index + 1, Credential);
            }
            else
            {
                arguments[index] = Credential;
            }

            var rewritten = creation.WithArgumentList(ArgumentLists.Replace(creation.ArgumentList, arguments));
            return BindsToTokenOverload(creation, rewritten) ? rewritten : null;
        }

        /// <summary>
        /// The resource URI: a literal when every segment is constant (each segment escaped), else an interpolated
        /// string for container, queue and share names, which are plain DNS-like names. Blob and file paths that are
        /// only known at run time block the fix: their escaping rules are not safe to guess.
        /// </summary>
        private ExpressionSyntax? BuildUri(string endpoint, List<ExpressionSyntax> segments, List<string> segmentNames, CancellationToken cancellationToken)
        {
            var literal = new StringBuilder(endpoint);
            var allConstant = true;
            foreach (var segment in segments)
            {
                var constant = SemanticModel.GetConstantValue(segment, cancellationToken);
                if (constant.HasValue && constant.Value is string text && text.Length > 0)
                {
                    literal.Append('/').Append(EscapePath(text));
                }
                else
                {
                    allConstant = false;
                }
            }

            if (allConstant)
            {
                return CredentialSyntax.StringLiteral(literal.ToString());
            }

            if (segmentNames.Any(name => name.IndexOf("blob", StringComparison.OrdinalIgnoreCase) >= 0 && name != "blobContainerName"
                || name.IndexOf("path", StringComparison.OrdinalIgnoreCase) >= 0))
            {
                return null;
            }

            var interpolated = new StringBuilder("$\"").Append(endpoint.Replace("{", "{{").Replace("}", "}}"));
            foreach (var segment in segments)
            {
                interpolated.Append("/{").Append(segment.WithoutTrivia().ToString()).Append('}');
            }

            interpolated.Append('"');
            return SyntaxFactory.ParseExpression(interpolated.ToString());
        }

        private static string EscapePath(string path) =>
            string.Join("/", path.Split('/').Select(Uri.EscapeDataString));

        /// <summary>Token authentication to Azure Files requires <c>ShareTokenIntent</c> in the client options.</summary>
        private ExpressionSyntax? WithShareTokenIntent(ExpressionSyntax? options, IMethodSymbol constructor)
        {
            const string Assignment = "ShareTokenIntent = Azure.Storage.Files.Shares.Models.ShareTokenIntent.Backup";
            if (options is null)
            {
                return CredentialSyntax.Annotate(SyntaxFactory.ParseExpression("new Azure.Storage.Files.Shares.ShareClientOptions { " + Assignment + " }"));
            }

            if (options is not ObjectCreationExpressionSyntax creation)
            {
                return null;
            }

            if (creation.Initializer is { } initializer)
            {
                if (initializer.Expressions.Any(e => e is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "ShareTokenIntent" } }))
                {
                    return creation;
                }

                var assignment = CredentialSyntax.Annotate(SyntaxFactory.ParseExpression(Assignment));
                return creation.WithInitializer(initializer.AddExpressions(assignment));
            }

            return CredentialSyntax.Annotate(SyntaxFactory.ParseExpression(creation.WithoutTrivia().ToString() + " { " + Assignment + " }"))
                .WithTriviaFrom(creation);
        }
    }
}
