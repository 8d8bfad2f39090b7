using SecretlessAnalyzers.AzureServices;
using SecretlessAnalyzers.CodeFixes.Common;
using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.CodeFixes.AzureServices
{
    /// <summary>
    /// Moves App Configuration, Web PubSub and Azure Cache for Redis clients from their connection string to a token
    /// credential. Every rewritten call is bound speculatively first: when one would not bind to the token overload, no
    /// fix is produced.
    /// </summary>
    public sealed class AzureServiceClientRewriter
    {
        private static readonly SyntaxAnnotation RemovedMarker = new SyntaxAnnotation("Secretless.RemovedDeclaration");

        private readonly SemanticModel _semanticModel;
        private readonly AzureServiceSymbols _symbols;
        private readonly ExpressionSyntax _credential;
        private readonly string? _endpoint;

        private AzureServiceClientRewriter(SemanticModel semanticModel, ExpressionSyntax credential, string? endpoint)
        {
            _semanticModel = semanticModel;
            _symbols = new AzureServiceSymbols(semanticModel.Compilation);
            _credential = credential;
            _endpoint = endpoint;
        }

        public static async Task<Document?> TryRewriteAsync(
            Document document,
            TextSpan diagnosticSpan,
            ImmutableDictionary<string, string?> properties,
            CredentialKind kind,
            CancellationToken cancellationToken)
        {
            var found = await ReportedSecret.FindAsync(document, diagnosticSpan, properties, cancellationToken).ConfigureAwait(false);
            if (found is null)
            {
                return null;
            }

            var (root, semanticModel, reported) = (found.Root, found.SemanticModel, found.Expression);
            var value = StringExpressions.Fold(reported, semanticModel, cancellationToken);
            var secret = value is null ? null : AzureServiceConnectionStrings.Detect(value);
            var uses = secret is null ? null : await found.CollectUsesAsync(document, cancellationToken).ConfigureAwait(false);
            if (secret is null || uses is null)
            {
                return null;
            }

            var declarator = found.Declarator;
            var credential = found.Credential(document, kind);
            var rewriter = new AzureServiceClientRewriter(semanticModel, credential, secret.Endpoint);
            var editor = new SyntaxEditor(root, document.Project.Solution.Workspace.Services);
            var isRedis = secret.Kind == AzureServiceKind.Redis;
            var candidates = SecretDeclarations.ReferencedValueSymbols(reported, semanticModel, cancellationToken);
            if (isRedis)
            {
                // The configuration stays (host, port, ssl); only the password leaves it. Replaced first, so the calls
                // around it are rebuilt with it.
                if (FoldedString.HasHole(value!))
                {
                    return null;
                }

                editor.ReplaceNode(reported, CredentialSyntax.StringLiteral(AzureServiceConnectionStrings.RedisWithoutPassword(value!)).WithTriviaFrom(reported));
            }
            else if (declarator is not null)
            {
                // The endpoint is written into each call: the connection string goes, with the constants it used.
                var declaration = SecretDeclarations.DeclarationToRemove(declarator);
                editor.ReplaceNode(declaration, (node, _) => node.WithAdditionalAnnotations(RemovedMarker));
            }

            foreach (var use in uses)
            {
                if (isRedis && use.Parent is AssignmentExpressionSyntax assignment && assignment.Right == use)
                {
                    // options.Configuration = cfg → options.ConnectionMultiplexerFactory = async () => ...: rebuilt from the
                    // current assignment, which holds the configuration without its password.
                    if (!rewriter.CanWriteConnectionFactory(assignment, cancellationToken))
                    {
                        return null;
                    }

                    editor.ReplaceNode(assignment, (current, _) => rewriter.WithConnectionFactory((AssignmentExpressionSyntax)current)?.WithTriviaFrom(current) ?? current);
                    continue;
                }

                if (use.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ExpressionSyntax call } } argument)
                {
                    return null;
                }

                var client = rewriter._symbols.ClassifyUse(use, semanticModel, cancellationToken).Client;
                if (rewriter.Rewrite(call, argument, client, cancellationToken) is not { } rewritten)
                {
                    return null;
                }

                if (isRedis)
                {
                    // Rebuilt from the current call, which holds the configuration without its password.
                    var needsParentheses = NeedsParentheses(call);
                    editor.ReplaceNode(call, (current, _) => rewriter.RewriteRedis((ExpressionSyntax)current, client, needsParentheses)?.WithTriviaFrom(current) ?? current);
                }
                else
                {
                    editor.ReplaceNode(call, rewritten.WithTriviaFrom(call));
                }
            }

            var newRoot = editor.GetChangedRoot();
            if (newRoot.GetAnnotatedNodes(RemovedMarker).FirstOrDefault() is { } removed)
            {
                newRoot = SyntaxRemoval.Remove(newRoot, removed);
            }

            var newDocument = document.WithSyntaxRoot(newRoot);
            newDocument = await UnusedDeclarations.RemoveAsync(newDocument, candidates, cancellationToken).ConfigureAwait(false);
            return await FixCleanup.RunAsync(newDocument, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The rewritten call, checked by speculative binding; null when no safe rewrite exists.</summary>
        private ExpressionSyntax? Rewrite(ExpressionSyntax call, ArgumentSyntax use, AzureServiceClient client, CancellationToken cancellationToken)
        {
            if (_semanticModel.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol method
                || call switch { InvocationExpressionSyntax i => i.ArgumentList, BaseObjectCreationExpressionSyntax c => c.ArgumentList, _ => null } is not { } list
                || ArgumentLists.ByParameter(list, method) is not { } parameters)
            {
                return null;
            }

            var rest = list.Arguments.Where(a => a != use).ToList();
            ExpressionSyntax? rewritten;
            switch (client)
            {
                case AzureServiceClient.ConfigurationClient when AllNamed(rest, parameters, "options"):
                    rewritten = WithArguments(call, list, new[] { NewUri(), _credential }.Concat(rest.Select(a => a.Expression)));
                    return SecretDeclarations.BindsToTokenOverload(_semanticModel, call, rewritten) ? rewritten : null;
                case AzureServiceClient.WebPubSubServiceClient or AzureServiceClient.WebPubSubRegistration
                    when rest.Count >= 1 && parameters[rest[0]].Name == "hub" && AllNamed(rest.Skip(1), parameters, "options") && list.Arguments.All(a => a.NameColon is null):
                    rewritten = WithArguments(call, list, new[] { NewUri(), rest[0].Expression, _credential }.Concat(rest.Skip(1).Select(a => a.Expression)));
                    return SecretDeclarations.BindsToTokenOverload(_semanticModel, call, rewritten) ? rewritten : null;
                case AzureServiceClient.AppConfigurationProvider when AllNamed(rest, parameters, "optional") && use.NameColon is null:
                    var connect = CredentialSyntax.Annotate(SyntaxFactory.ParseExpression(
                        "appConfiguration => appConfiguration.Connect(" + NewUri().ToFullString() + ", " + _credential.WithoutTrivia().ToFullString() + ")"));
                    rewritten = WithArguments(call, list, new[] { connect }.Concat(rest.Select(a => a.Expression)));
                    return Binds(call, rewritten, "AddAzureAppConfiguration") ? rewritten : null;
                case AzureServiceClient.AppConfigurationConnect when rest.Count == 0:
                    rewritten = WithArguments(call, list, new[] { NewUri(), _credential });
                    return SecretDeclarations.BindsToTokenOverload(_semanticModel, call, rewritten) ? rewritten : null;
                case AzureServiceClient.RedisConnect or AzureServiceClient.RedisParse
                    when AllNamed(rest, parameters, client == AzureServiceClient.RedisConnect ? "log" : "ignoreUnknown") && AzureServiceSymbols.CanAwait(call):
                    rewritten = RewriteRedis(call, client, NeedsParentheses(call));
                    return rewritten is not null && BindsRedis(call, rewritten) ? rewritten : null;
                default:
                    return null;
            }
        }

        /// <summary>
        /// <c>ConnectionMultiplexer.Connect(cfg)</c> → <c>await ConnectionMultiplexer.ConnectAsync(await ConfigurationOptions.Parse(cfg).ConfigureForAzureWithTokenCredentialAsync(credential))</c>;
        /// <c>ConfigurationOptions.Parse(cfg)</c> → <c>await ConfigurationOptions.Parse(cfg).ConfigureForAzureWithTokenCredentialAsync(credential)</c>.
        /// </summary>
        private ExpressionSyntax? RewriteRedis(ExpressionSyntax call, AzureServiceClient client, bool needsParentheses)
        {
            if (call is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation)
            {
                return null;
            }

            var credential = _credential.WithoutTrivia().ToFullString();
            if (client == AzureServiceClient.RedisParse)
            {
                return Awaited(invocation.WithoutTrivia().ToFullString() + ".ConfigureForAzureWithTokenCredentialAsync(" + credential + ")", needsParentheses);
            }

            var arguments = invocation.ArgumentList.Arguments;
            var configured = "await StackExchange.Redis.ConfigurationOptions.Parse(" + arguments[0].Expression.WithoutTrivia().ToFullString()
                + ").ConfigureForAzureWithTokenCredentialAsync(" + credential + ")";
            var rest = string.Concat(arguments.Skip(1).Select(a => ", " + a.WithoutTrivia().ToFullString()));
            var connect = access.Expression.WithoutTrivia().ToFullString() + ".ConnectAsync(" + configured + rest + ")";
            return access.Name.Identifier.ValueText == "ConnectAsync"
                ? CredentialSyntax.Annotate(SyntaxFactory.ParseExpression(connect))
                : Awaited(connect, needsParentheses);
        }

        /// <summary>
        /// <c>RedisCacheOptions.Configuration = cfg</c> (the options of <c>AddStackExchangeRedisCache</c>) can become a
        /// connection factory: the package with the Entra extension is referenced and the options have the factory property.
        /// </summary>
        private bool CanWriteConnectionFactory(AssignmentExpressionSyntax assignment, CancellationToken cancellationToken) =>
            _symbols.ClassifyUse(assignment.Right, _semanticModel, cancellationToken).Client == AzureServiceClient.RedisCacheOptions
            && _symbols.AzureCacheForRedis is not null
            && _symbols.RedisCacheOptions?.GetMembers("ConnectionMultiplexerFactory").OfType<IPropertySymbol>().Any(p => p.SetMethod is not null) == true
            && assignment.Left is IdentifierNameSyntax or MemberAccessExpressionSyntax;

        /// <summary>
        /// <c>o.Configuration = cfg</c> → <c>o.ConnectionMultiplexerFactory = async () =&gt; await ConnectionMultiplexer.ConnectAsync(
        /// await ConfigurationOptions.Parse(cfg).ConfigureForAzureWithTokenCredentialAsync(credential))</c>.
        /// </summary>
        private ExpressionSyntax? WithConnectionFactory(AssignmentExpressionSyntax assignment)
        {
            var factory = SyntaxFactory.IdentifierName("ConnectionMultiplexerFactory");
            ExpressionSyntax left = assignment.Left switch
            {
                MemberAccessExpressionSyntax access => access.WithName(factory),
                IdentifierNameSyntax => factory,
                _ => assignment.Left,
            };
            var connect = "async () => await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(await StackExchange.Redis.ConfigurationOptions.Parse("
                + assignment.Right.WithoutTrivia().ToFullString() + ").ConfigureForAzureWithTokenCredentialAsync(" + _credential.WithoutTrivia().ToFullString() + "))";
            return assignment.WithLeft(left.WithTriviaFrom(assignment.Left)).WithRight(CredentialSyntax.Annotate(SyntaxFactory.ParseExpression(connect)).WithTriviaFrom(assignment.Right));
        }

        /// <summary><c>await X</c>, parenthesized when a member access or another operator binds tighter around it.</summary>
        private static ExpressionSyntax Awaited(string call, bool needsParentheses) =>
            CredentialSyntax.Annotate(SyntaxFactory.ParseExpression(needsParentheses ? "(await " + call + ")" : "await " + call));

        private static bool NeedsParentheses(ExpressionSyntax call) =>
            call.Parent is MemberAccessExpressionSyntax or ConditionalAccessExpressionSyntax or ElementAccessExpressionSyntax
                or InvocationExpressionSyntax or PostfixUnaryExpressionSyntax;

        private bool BindsRedis(ExpressionSyntax original, ExpressionSyntax rewritten)
        {
            // The awaited calls must bind: ConfigureForAzureWithTokenCredentialAsync, and ConnectAsync for Connect.
            var calls = rewritten.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>().ToList();
            return calls.Count > 0 && calls.All(c =>
                _semanticModel.GetSpeculativeSymbolInfo(original.SpanStart, c, SpeculativeBindingOption.BindAsExpression).Symbol is IMethodSymbol)
                && calls.Any(c => c.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureForAzureWithTokenCredentialAsync" });
        }

        private bool Binds(ExpressionSyntax original, ExpressionSyntax rewritten, string name) =>
            SpeculativeBinding.SymbolInfo(_semanticModel, original, rewritten).Symbol is IMethodSymbol { Name: var bound }
            && bound == name;

        private ExpressionSyntax NewUri() => CredentialSyntax.NewUri(CredentialSyntax.StringLiteral(_endpoint ?? string.Empty));

        private static bool AllNamed(IEnumerable<ArgumentSyntax> arguments, Dictionary<ArgumentSyntax, IParameterSymbol> parameters, string name) =>
            arguments.All(a => parameters.TryGetValue(a, out var parameter) && parameter.Name == name);

        /// <summary>The call with new arguments; the original arguments kept at the end keep their names (<c>optional: true</c>).</summary>
        private static ExpressionSyntax WithArguments(ExpressionSyntax call, ArgumentListSyntax list, IEnumerable<ExpressionSyntax> arguments)
        {
            var expressions = arguments.ToList();
            var replaced = ArgumentLists.Replace(list, expressions);
            for (var i = 0; i < expressions.Count; i++)
            {
                var original = list.Arguments.FirstOrDefault(a => a.Expression == expressions[i]);
                if (original?.NameColon is { } name)
                {
                    var argument = replaced.Arguments[i];
                    var named = argument.WithExpression(argument.Expression.WithoutLeadingTrivia())
                        .WithNameColon(name.WithoutLeadingTrivia())
                        .WithLeadingTrivia(argument.GetLeadingTrivia());
                    replaced = replaced.WithArguments(replaced.Arguments.Replace(argument, named));
                }
            }

            return call switch
            {
                InvocationExpressionSyntax invocation => invocation.WithArgumentList(replaced),
                BaseObjectCreationExpressionSyntax creation => creation.WithArgumentList(replaced),
                _ => call,
            };
        }
    }
}
