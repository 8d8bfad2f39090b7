using SecretlessAnalyzers.CodeFixes.Common;
using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Messaging;

namespace SecretlessAnalyzers.CodeFixes.Messaging
{
    /// <summary>
    /// Rewrites Service Bus and Event Hubs clients that receive a secret to their
    /// <c>(fullyQualifiedNamespace, [eventHubName,] TokenCredential[, options])</c> overload, registrations to their
    /// <c>Add...WithNamespace</c> form plus <c>WithCredential</c>, and credential objects to the token credential.
    /// Every rewritten call is bound speculatively first; when one would not bind, no fix is produced.
    /// </summary>
    public sealed class MessagingClientRewriter : SecretClientRewriter
    {
        private static readonly string[] OptionsParameterNames = { "options", "clientOptions" };

        private readonly MessagingSymbols _symbols;
        private readonly HashSet<ExpressionSyntax> _namesEntity = new HashSet<ExpressionSyntax>();

        private MessagingClientRewriter(Document document, SemanticModel semanticModel, ImmutableDictionary<string, string?> properties, ExpressionSyntax credential)
            : base(document, semanticModel, properties, credential)
        {
            _symbols = new MessagingSymbols(semanticModel.Compilation);
        }

        private string? Namespace => Properties.TryGetValue(DiagnosticProperties.Resource, out var value) ? value : null;

        private string? EntityPath => Properties.TryGetValue(DiagnosticProperties.EntityPath, out var value) ? value : null;

        /// <summary>The fixed document, or null when no safe rewrite exists.</summary>
        public static readonly SecretRewrite Rewrite = RewriteWith((d, m, p, c) => new MessagingClientRewriter(d, m, p, c));

        // The secret travels inside an AzureNamedKeyCredential or AzureSasCredential.
        protected override bool IsWrapper(ITypeSymbol type) => _symbols.IsCredential(type);

        protected override ExpressionSyntax? RewriteUse(ExpressionSyntax call, ArgumentSyntax use, ExpressionSyntax carrier, ExpressionSyntax reported, CancellationToken cancellationToken)
        {
            if (SemanticModel.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol method)
            {
                return null;
            }

            if (carrier is BaseObjectCreationExpressionSyntax)
            {
                return RewriteCredentialUse(call, use);
            }

            if (method.MethodKind == MethodKind.Constructor && call is BaseObjectCreationExpressionSyntax creation)
            {
                return RewriteClientConstructor(creation, method, use);
            }

            return call is InvocationExpressionSyntax invocation && _symbols.ClientOfRegistration(method.ReducedFrom ?? method) is { } client
                ? RewriteRegistration(invocation, method, client, use)
                : null;
        }

        /// <summary>
        /// A Service Bus connection string that named a queue or topic (<c>EntityPath</c>): the rewritten client no longer
        /// carries it, so a comment above the statement keeps it for <c>CreateSender</c> / <c>CreateReceiver</c>.
        /// </summary>
        protected override void AddEdits(SyntaxEditor editor, IReadOnlyList<ExpressionSyntax> rewrittenCalls)
        {
            var entity = EntityPath;
            if (entity is null || entity.Any(char.IsControl))
            {
                return;
            }

            var endOfLine = editor.OriginalRoot.ToFullString().IndexOf("\r\n", StringComparison.Ordinal) >= 0 ? SyntaxFactory.CarriageReturnLineFeed : SyntaxFactory.LineFeed;
            var comment = SyntaxFactory.Comment("// EntityPath of the removed connection string: \"" + entity + "\" (the queue or topic to pass to CreateSender / CreateReceiver).");
            var annotated = new HashSet<SyntaxNode>();
            foreach (var call in rewrittenCalls.Where(_namesEntity.Contains))
            {
                var holder = call.FirstAncestorOrSelf<SyntaxNode>(n => n is StatementSyntax and not BlockSyntax || n is MemberDeclarationSyntax);
                if (holder is null || !annotated.Add(holder))
                {
                    continue;
                }

                editor.ReplaceNode(holder, (node, _) =>
                {
                    var leading = node.GetLeadingTrivia();
                    var indentation = leading.LastOrDefault(t => t.IsKind(SyntaxKind.WhitespaceTrivia));
                    return node.WithLeadingTrivia(leading.Add(comment).Add(endOfLine).Add(indentation.IsKind(SyntaxKind.WhitespaceTrivia) ? indentation : SyntaxFactory.Whitespace(string.Empty)));
                });
            }
        }

        /// <summary><c>new ServiceBusClient(ns, new AzureNamedKeyCredential(...))</c>: the credential argument becomes the token credential.</summary>
        private ExpressionSyntax? RewriteCredentialUse(ExpressionSyntax call, ArgumentSyntax use)
        {
            if (call is not BaseObjectCreationExpressionSyntax creation || _symbols.ClientOf(SemanticModel.GetTypeInfo(creation).Type) is null)
            {
                return null;
            }

            var rewritten = creation.ReplaceNode(use, use.WithExpression(Credential.WithTriviaFrom(use.Expression)));
            return BindsToTokenOverload(creation, rewritten) ? rewritten : null;
        }

        /// <summary>
        /// <c>new EventHubConsumerClient(group, "Endpoint=...", "hub", options)</c> becomes
        /// <c>new EventHubConsumerClient(group, "ns.servicebus.windows.net", "hub", credential, options)</c>.
        /// </summary>
        private ExpressionSyntax? RewriteClientConstructor(BaseObjectCreationExpressionSyntax creation, IMethodSymbol constructor, ArgumentSyntax use)
        {
            var client = _symbols.ClientOf(constructor.ContainingType);
            var arguments = ArgumentsByParameter(creation.ArgumentList!, constructor);
            if (client is null || arguments is null || !arguments.TryGetValue(use, out var connectionParameter) || connectionParameter.Name != "connectionString")
            {
                return null;
            }

            var newArguments = NamespaceArguments(arguments, constructor, client, out var options);
            if (newArguments is null)
            {
                return null;
            }

            newArguments.Add(Credential);
            if (options is not null)
            {
                newArguments.Add(options);
            }

            var rewritten = creation.WithArgumentList(ArgumentLists.Replace(creation.ArgumentList!, newArguments));
            if (!BindsToTokenOverload(creation, rewritten))
            {
                return null;
            }

            NoteEntity(creation, client);
            return rewritten;
        }

        /// <summary>
        /// <c>clients.AddEventHubProducerClient("Endpoint=...", "hub")</c> becomes
        /// <c>clients.AddEventHubProducerClientWithNamespace("ns.servicebus.windows.net", "hub").WithCredential(credential)</c>.
        /// </summary>
        private ExpressionSyntax? RewriteRegistration(InvocationExpressionSyntax invocation, IMethodSymbol method, string client, ArgumentSyntax use)
        {
            var name = RegistrationWithNamespace(client);
            var arguments = ArgumentsByParameter(invocation.ArgumentList, method);
            if (name is null || invocation.Expression is not MemberAccessExpressionSyntax { Name: IdentifierNameSyntax } access
                || arguments is null || !arguments.TryGetValue(use, out var connectionParameter) || connectionParameter.Name != "connectionString")
            {
                return null;
            }

            var newArguments = NamespaceArguments(arguments, method, client, out var options);
            if (newArguments is null || options is not null)
            {
                return null;
            }

            var registration = invocation
                .WithExpression(access.WithName(SyntaxFactory.IdentifierName(name).WithTriviaFrom(access.Name)))
                .WithArgumentList(ArgumentLists.Replace(invocation.ArgumentList, newArguments));
            var bound = SemanticModel.GetSpeculativeSymbolInfo(invocation.SpanStart, registration, SpeculativeBindingOption.BindAsExpression).Symbol;
            var rewritten = bound is IMethodSymbol { Name: var boundName } && boundName == name ? WithCredential(invocation, registration) : null;
            if (rewritten is not null)
            {
                NoteEntity(invocation, client);
            }

            return rewritten;
        }

        /// <summary>
        /// The arguments before the credential: those before the connection string (checkpoint store, consumer group),
        /// the namespace, and for Event Hubs the hub (the code's own <c>eventHubName</c> argument, else <c>EntityPath</c>).
        /// Null when an argument has no place in the token overload or the hub is unknown.
        /// </summary>
        private List<ExpressionSyntax>? NamespaceArguments(Dictionary<ArgumentSyntax, IParameterSymbol> arguments, IMethodSymbol method, string client, out ExpressionSyntax? options)
        {
            options = null;
            var fullyQualifiedNamespace = Namespace;
            if (fullyQualifiedNamespace is null)
            {
                return null;
            }

            var leading = new List<ExpressionSyntax>();
            ExpressionSyntax? eventHubName = null;
            var afterConnectionString = false;
            foreach (var pair in arguments.OrderBy(p => method.Parameters.IndexOf(p.Value)))
            {
                var parameter = pair.Value;
                if (parameter.Name == "connectionString")
                {
                    afterConnectionString = true;
                }
                else if (parameter.Name == "eventHubName")
                {
                    eventHubName = pair.Key.Expression;
                }
                else if (Array.IndexOf(OptionsParameterNames, parameter.Name) >= 0)
                {
                    options = pair.Key.Expression;
                }
                else if (!afterConnectionString)
                {
                    leading.Add(pair.Key.Expression);
                }
                else
                {
                    return null;
                }
            }

            leading.Add(CredentialSyntax.StringLiteral(fullyQualifiedNamespace));
            if (MessagingClients.IsEventHubs(client))
            {
                var hub = eventHubName ?? (EntityPath is { } entity ? CredentialSyntax.StringLiteral(entity) : null);
                if (hub is null)
                {
                    return null;
                }

                leading.Add(hub);
            }

            return leading;
        }

        private void NoteEntity(ExpressionSyntax call, string client)
        {
            if (client is MessagingClients.ServiceBus or MessagingClients.ServiceBusAdministration)
            {
                _namesEntity.Add(call);
            }
        }

        private static string? RegistrationWithNamespace(string client) => client switch
        {
            MessagingClients.ServiceBus => "AddServiceBusClientWithNamespace",
            MessagingClients.ServiceBusAdministration => "AddServiceBusAdministrationClientWithNamespace",
            MessagingClients.EventHubProducer => "AddEventHubProducerClientWithNamespace",
            MessagingClients.EventHubConsumer => "AddEventHubConsumerClientWithNamespace",
            _ => null,
        };
    }
}
