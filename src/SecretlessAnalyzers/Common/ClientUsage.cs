using SecretlessAnalyzers.Catalog;
namespace SecretlessAnalyzers.Common
{
    /// <summary>What the code does with a client: the methods called on it and on the clients derived from it, or why that is unknown.</summary>
    public sealed class ClientUsage
    {
        private ClientUsage(IReadOnlyCollection<string> operations, IReadOnlyDictionary<string, SortedSet<string>> operationsByScope, string rootScope, string? escapeReason)
        {
            Operations = operations;
            OperationsByScope = operationsByScope;
            RootScope = rootScope;
            EscapeReason = escapeReason;
        }

        /// <summary>Method names called on the client and its derived clients, sorted, each once.</summary>
        public IReadOnlyCollection<string> Operations { get; }

        /// <summary>
        /// The same calls grouped by the part of the resource they touch, as a path below the resource's id
        /// (<c>blobServices/default/containers/orders</c>, <c>dbs/shop/colls/orders</c>...; empty for the whole
        /// resource). A derived client's getter is counted where the client it returns works.
        /// </summary>
        public IReadOnlyDictionary<string, SortedSet<string>> OperationsByScope { get; }

        /// <summary>The part of the resource the client itself is bound to by its constructor (a container, a queue, an event hub), or empty.</summary>
        public string RootScope { get; }

        /// <summary>Why the uses are not all known (returned, passed, stored where others see it), or null.</summary>
        public string? EscapeReason { get; }

        /// <summary>Methods that hand out a client for a part of the service; what is called on their result counts too.</summary>
        private static readonly HashSet<string> DerivedClientGetters = new HashSet<string>(StringComparer.Ordinal)
        {
            "GetBlobContainerClient", "GetBlobClient", "GetBlockBlobClient", "GetAppendBlobClient", "GetPageBlobClient", "GetBlobBaseClient",
            "GetBlobLeaseClient", "GetQueueClient", "GetTableClient", "GetShareClient", "GetDirectoryClient", "GetSubdirectoryClient",
            "GetFileClient", "GetRootDirectoryClient", "GetFileSystemClient",
            "CreateSender", "CreateReceiver", "CreateProcessor", "CreateSessionProcessor", "CreateRuleManager",
            "GetContainer", "GetDatabase",

            // The retired WindowsAzure.Storage / Microsoft.Azure.Storage SDKs.
            "CreateCloudBlobClient", "CreateCloudQueueClient", "CreateCloudTableClient", "CreateCloudFileClient",
            "GetContainerReference", "GetQueueReference", "GetTableReference", "GetShareReference", "GetBlobReference",
            "GetBlockBlobReference", "GetAppendBlobReference", "GetPageBlobReference", "GetDirectoryReference",
            "GetRootDirectoryReference", "GetFileReference",

            // Search: an index's client from the index client. Databases: commands, batches and connections of a data source.
            "GetSearchClient",
            "CreateCommand", "CreateBatch", "CreateConnection", "OpenConnection", "OpenConnectionAsync", "Build",
        };

        public static bool IsDerivedClientGetter(string name) => DerivedClientGetters.Contains(name);

        // Bounds: a client and its derived clients are a handful of variables.
        private const int MaxVariables = 16;

        /// <summary>
        /// Follows the client <paramref name="creation"/> produces within its syntax tree: the variable it is stored in
        /// (a local, or a private field or property of the enclosing type), the methods called on that variable, and the
        /// same for every client derived from it. A client returned, passed to a method, copied, or stored where other
        /// code can read it escapes.
        /// </summary>
        public static ClientUsage Of(ExpressionSyntax creation, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            var rootScope = ConstructorScope(creation, semanticModel, cancellationToken);
            var walk = new Walk(semanticModel, cancellationToken);
            walk.Pending.Enqueue((creation, rootScope));
            var steps = 0;
            while (walk.Pending.Count > 0)
            {
                if (++steps > MaxVariables)
                {
                    return walk.Result(rootScope, "its uses are too many to follow");
                }

                var (value, scope) = walk.Pending.Dequeue();
                var escape = FollowValue(value, scope, walk);
                if (escape is not null)
                {
                    return walk.Result(rootScope, escape);
                }
            }

            return walk.Result(rootScope, null);
        }

        /// <summary>The state of one <see cref="Of"/> call: what is left to follow and what was seen.</summary>
        private sealed class Walk(SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            public SemanticModel SemanticModel { get; } = semanticModel;

            public CancellationToken CancellationToken { get; } = cancellationToken;

            public Queue<(ExpressionSyntax Value, string Scope)> Pending { get; } = new Queue<(ExpressionSyntax, string)>();

            public SortedSet<string> Operations { get; } = new SortedSet<string>(StringComparer.Ordinal);

            public SortedDictionary<string, SortedSet<string>> ByScope { get; } = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);

            // A variable can hold clients of different scopes (assigned in two branches): each pair is followed once.
            public HashSet<(ISymbol Variable, string Scope)> Seen { get; } = new HashSet<(ISymbol, string)>(new VariableScopeComparer());

            public void Add(string operation, string scope)
            {
                Operations.Add(operation);
                if (!ByScope.TryGetValue(scope, out var operations))
                {
                    ByScope[scope] = operations = new SortedSet<string>(StringComparer.Ordinal);
                }

                operations.Add(operation);
            }

            public ClientUsage Result(string rootScope, string? escape) => new ClientUsage(Operations, ByScope, rootScope, escape);
        }

        private sealed class VariableScopeComparer : IEqualityComparer<(ISymbol Variable, string Scope)>
        {
            public bool Equals((ISymbol Variable, string Scope) x, (ISymbol Variable, string Scope) y) =>
                SymbolEqualityComparer.Default.Equals(x.Variable, y.Variable) && string.Equals(x.Scope, y.Scope, StringComparison.Ordinal);

            public int GetHashCode((ISymbol Variable, string Scope) obj) =>
                SymbolEqualityComparer.Default.GetHashCode(obj.Variable) ^ StringComparer.Ordinal.GetHashCode(obj.Scope);
        }

        /// <summary>Where one client value goes; null when every use is followed.</summary>
        private static string? FollowValue(ExpressionSyntax value, string scope, Walk walk)
        {
            var node = (SyntaxNode)value;
            while (node.Parent is ParenthesizedExpressionSyntax or AwaitExpressionSyntax)
            {
                node = node.Parent;
            }

            var semanticModel = walk.SemanticModel;
            var cancellationToken = walk.CancellationToken;
            switch (node.Parent)
            {
                case MemberAccessExpressionSyntax access when access.Expression == node:
                    return FollowMember(access, scope, walk);
                case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                    return FollowVariable(semanticModel.GetDeclaredSymbol(property, cancellationToken), scope, walk);
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }:
                    return FollowVariable(semanticModel.GetDeclaredSymbol(declarator, cancellationToken), scope, walk);
                case AssignmentExpressionSyntax assignment when assignment.Right == node && IsCommandConnection(assignment.Left, semanticModel, cancellationToken):
                    return FollowCommandOf(assignment, scope, walk);
                case AssignmentExpressionSyntax assignment when assignment.Right == node && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression):
                    return FollowVariable(semanticModel.GetSymbolInfo(assignment.Left, cancellationToken).Symbol, scope, walk);
                case PropertyDeclarationSyntax or ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax }:
                    return FollowVariable(semanticModel.GetDeclaredSymbol(node.FirstAncestorOrSelf<PropertyDeclarationSyntax>()!, cancellationToken), scope, walk);
                case ReturnStatementSyntax or ArrowExpressionClauseSyntax:
                    return "the client is returned";
                case ArgumentSyntax argument when CommandCreatedWith(argument, semanticModel, cancellationToken) is { } command:
                    walk.Pending.Enqueue((command, scope));
                    return null;
                case ArgumentSyntax argument when KnownConsumer(argument, walk) is { } use:
                    walk.Add(use, scope);
                    return null;
                case ArgumentSyntax:
                    return "the client is passed to other code";
                case ExpressionStatementSyntax:
                    return null;
                default:
                    return "the client is used in a way the analysis does not follow";
            }
        }

        /// <summary>
        /// <c>new SqlCommand(text, connection)</c>, <c>new NpgsqlBatch(connection)</c>: a database connection given as
        /// the connection of a command is used through that command, which is followed like a derived client.
        /// </summary>
        private static ExpressionSyntax? CommandCreatedWith(ArgumentSyntax argument, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            if (argument.Parent is not ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax creation } list
                || semanticModel.GetSymbolInfo(creation, cancellationToken).Symbol is not IMethodSymbol constructor
                || !IsCommandType(constructor.ContainingType))
            {
                return null;
            }

            return ArgumentBinding.ParameterOf(argument, list, constructor)?.Name == "connection" ? creation : null;
        }

        // command.Connection = connection, or new SqlCommand { Connection = connection }.
        private static bool IsCommandConnection(ExpressionSyntax target, SemanticModel semanticModel, CancellationToken cancellationToken) =>
            target is IdentifierNameSyntax { Identifier.ValueText: "Connection" } or MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Connection" }
            && semanticModel.GetSymbolInfo(target, cancellationToken).Symbol is IPropertySymbol property
            && IsCommandType(property.ContainingType);

        private static string? FollowCommandOf(AssignmentExpressionSyntax assignment, string scope, Walk walk)
        {
            if (assignment.Parent is InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax creation })
            {
                walk.Pending.Enqueue((creation, scope));
                return null;
            }

            return assignment.Left is MemberAccessExpressionSyntax access
                ? FollowVariable(walk.SemanticModel.GetSymbolInfo(access.Expression, walk.CancellationToken).Symbol, scope, walk)
                : "the client is stored where the analysis cannot follow it";
        }

        // ADO.NET commands and batches (SqlCommand, NpgsqlCommand, NpgsqlBatch, MySqlCommand...).
        private static bool IsCommandType(INamedTypeSymbol? type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (current.Name is "DbCommand" or "DbBatch" && current.ContainingNamespace?.ToDisplayString() == "System.Data.Common")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// SDK constructors that take a client and only use it in a known way: an <c>EventProcessorClient</c> reads and
        /// writes its checkpoints and ownership blobs in the container it is given, and nowhere else.
        /// </summary>
        private static string? KnownConsumer(ArgumentSyntax argument, Walk walk)
        {
            if (argument.Parent is not ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax creation } arguments
                || CandidateSyntax.CreatedTypeName(creation) is not (null or "EventProcessorClient")
                || walk.SemanticModel.GetSymbolInfo(creation, walk.CancellationToken).Symbol is not IMethodSymbol { ContainingType: { Name: "EventProcessorClient" } processor } constructor
                || processor.ContainingNamespace?.ToDisplayString() != "Azure.Messaging.EventHubs")
            {
                return null;
            }

            return ArgumentBinding.ParameterOf(argument, arguments, constructor)?.Name == "checkpointStore" ? "EventProcessorClient checkpoints" : null;
        }

        /// <summary>
        /// Where a variable can be used: a local in its member, a private field or property anywhere in its type
        /// (partial parts in other files are not seen); null when there is no such node.
        /// </summary>
        public static SyntaxNode? UseScope(ISymbol variable, SyntaxNode declaration) =>
            variable is ILocalSymbol
                ? declaration.Ancestors().FirstOrDefault(a => a is MemberDeclarationSyntax and not GlobalStatementSyntax) ?? declaration.FirstAncestorOrSelf<CompilationUnitSyntax>()
                : declaration.FirstAncestorOrSelf<TypeDeclarationSyntax>();

        private static string? FollowMember(MemberAccessExpressionSyntax access, string scope, Walk walk)
        {
            if (access.Parent is not InvocationExpressionSyntax invocation || invocation.Expression != access)
            {
                // A property read (Uri, AccountName, Name...) does not touch data.
                return null;
            }

            var name = access.Name.Identifier.ValueText;
            if (IsDerivedClientGetter(name))
            {
                // The getter is counted where the client it returns works: a container, a queue, a Cosmos container...
                var derivedScope = DerivedScope(name, invocation.ArgumentList, scope, walk);
                walk.Add(name, derivedScope);
                walk.Pending.Enqueue((invocation, derivedScope));
            }
            else
            {
                walk.Add(name, scope);
            }

            return null;
        }

        private static string? FollowVariable(ISymbol? variable, string scope, Walk walk)
        {
            if (variable is null || !walk.Seen.Add((variable, scope)))
            {
                return variable is null ? "the client is stored where the analysis cannot follow it" : null;
            }

            if (variable is IFieldSymbol or IPropertySymbol && variable.DeclaredAccessibility != Accessibility.Private)
            {
                return "the client is stored in a non-private " + (variable is IFieldSymbol ? "field" : "property") + " '" + variable.Name + "'";
            }

            if (variable is not (ILocalSymbol or IFieldSymbol or IPropertySymbol) || variable.DeclaringSyntaxReferences.Length != 1)
            {
                return "the client is stored where the analysis cannot follow it";
            }

            var semanticModel = walk.SemanticModel;
            var cancellationToken = walk.CancellationToken;
            var declaration = variable.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
            if (declaration.SyntaxTree != semanticModel.SyntaxTree)
            {
                return "the client is declared in another file";
            }

            var scopeNode = UseScope(variable, declaration);
            if (scopeNode is null)
            {
                return "the client is stored where the analysis cannot follow it";
            }

            if (variable is not ILocalSymbol && variable.ContainingType?.DeclaringSyntaxReferences.Length > 1)
            {
                return "the client is stored in a field of a partial type";
            }

            foreach (var identifier in IdentifierIndex.Named(scopeNode, variable.Name, cancellationToken))
            {
                if (!SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(identifier, cancellationToken).Symbol, variable))
                {
                    continue;
                }

                var reference = identifier.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } self && self.Name == identifier
                    ? (ExpressionSyntax)self
                    : identifier;
                if (reference.Parent is AssignmentExpressionSyntax assignment && assignment.Left == reference)
                {
                    // A write: the value assigned is followed where it is created.
                    continue;
                }

                var escape = FollowValue(reference, scope, walk);
                if (escape is not null)
                {
                    return escape;
                }
            }

            return null;
        }

        // Getters whose constant name arguments narrow the scope, and the path each adds below the resource (or below
        // the Cosmos database). Blob, directory and file getters stay in their container or share: RBAC stops there.
        private static readonly Dictionary<string, string> ScopeByGetter = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["GetBlobContainerClient"] = ResourceScopes.BlobContainer.Prefix,
            ["GetFileSystemClient"] = ResourceScopes.BlobContainer.Prefix,
            ["GetQueueClient"] = ResourceScopes.Queue.Prefix,
            ["GetTableClient"] = ResourceScopes.Table.Prefix,
            ["GetShareClient"] = ResourceScopes.FileShare.Prefix,
            ["GetDatabase"] = ResourceScopes.CosmosDatabase.Prefix,
            ["GetContainerReference"] = ResourceScopes.BlobContainer.Prefix,
            ["GetQueueReference"] = ResourceScopes.Queue.Prefix,
            ["GetTableReference"] = ResourceScopes.Table.Prefix,
            ["GetShareReference"] = ResourceScopes.FileShare.Prefix,
            ["GetSearchClient"] = ResourceScopes.SearchIndex.Prefix,
        };

        // Constructor parameters that bind a client to one part of its resource.
        private static readonly Dictionary<string, string> ScopeByConstructorParameter = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["blobContainerName"] = ResourceScopes.BlobContainer.Prefix,
            ["fileSystemName"] = ResourceScopes.BlobContainer.Prefix,
            ["queueName"] = ResourceScopes.Queue.Prefix,
            ["tableName"] = ResourceScopes.Table.Prefix,
            ["shareName"] = ResourceScopes.FileShare.Prefix,
            ["eventHubName"] = ResourceScopes.EventHub.Prefix,
            ["indexName"] = ResourceScopes.SearchIndex.Prefix,
        };

        // Constructor parameters whose URI names the part of the account in its first path segment.
        private static readonly Dictionary<string, string> ScopeByConstructorUri = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["blobContainerUri"] = ResourceScopes.BlobContainer.Prefix,
            ["blobUri"] = ResourceScopes.BlobContainer.Prefix,
            ["queueUri"] = ResourceScopes.Queue.Prefix,
            ["shareUri"] = ResourceScopes.FileShare.Prefix,
            ["fileSystemUri"] = ResourceScopes.BlobContainer.Prefix,
        };

        /// <summary>True for a path segment that is safe to print in a role-assignment command: letters, digits, '-', '_' and '.'.</summary>
        public static bool IsPlainName(string? name)
        {
            if (string.IsNullOrEmpty(name) || name!.Length > 260)
            {
                return false;
            }

            foreach (var c in name)
            {
                if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.'))
                {
                    return false;
                }
            }

            return true;
        }

        private static string DerivedScope(string getter, ArgumentListSyntax arguments, string scope, Walk walk)
        {
            var first = arguments.Arguments.Count > 0 ? ConstantName(arguments.Arguments[0].Expression, walk.SemanticModel, walk.CancellationToken) : null;
            var second = arguments.Arguments.Count > 1 ? ConstantName(arguments.Arguments[1].Expression, walk.SemanticModel, walk.CancellationToken) : null;
            if (ScopeByGetter.TryGetValue(getter, out var prefix))
            {
                return scope.Length == 0 && first is not null ? prefix + first : scope;
            }

            switch (getter)
            {
                // Cosmos: client.GetContainer(database, container), or database.GetContainer(container).
                case "GetContainer" when arguments.Arguments.Count == 2:
                    return scope.Length == 0 && first is not null ? ResourceScopes.CosmosDatabase.Prefix + first + (second is null ? string.Empty : "/colls/" + second) : scope;
                case "GetContainer" when scope.StartsWith(ResourceScopes.CosmosDatabase.Prefix, StringComparison.Ordinal) && scope.IndexOf("/colls/", StringComparison.Ordinal) < 0:
                    return first is null ? scope : scope + "/colls/" + first;

                // Service Bus: one name is a queue (receivers) or a queue or topic (senders); two are a topic's subscription.
                case "CreateSender":
                    return scope.Length == 0 && first is not null ? ResourceScopes.ServiceBusEntity.Prefix + first : scope;
                case "CreateReceiver" or "CreateProcessor" or "CreateSessionProcessor" or "CreateRuleManager":
                    if (scope.Length != 0 || first is null)
                    {
                        return scope;
                    }

                    return arguments.Arguments.Count >= 2 && IsStringArgument(arguments.Arguments[1], walk)
                        ? second is null ? "topics/" + first : "topics/" + first + "/subscriptions/" + second
                        : "queues/" + first;
                default:
                    return scope;
            }
        }

        private static bool IsStringArgument(ArgumentSyntax argument, Walk walk) =>
            walk.SemanticModel.GetTypeInfo(argument.Expression, walk.CancellationToken).Type?.SpecialType == SpecialType.System_String;

        private static string? ConstantName(ExpressionSyntax expression, SemanticModel semanticModel, CancellationToken cancellationToken) =>
            semanticModel.GetConstantValue(expression, cancellationToken) is { HasValue: true, Value: string name } && IsPlainName(name) ? name : null;

        /// <summary>The scope a constructor binds the client to (<c>new BlobContainerClient(cs, "orders")</c>), or empty.</summary>
        private static string ConstructorScope(ExpressionSyntax creation, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            if (creation is not BaseObjectCreationExpressionSyntax { ArgumentList: { } arguments }
                || semanticModel.GetSymbolInfo(creation, cancellationToken).Symbol is not IMethodSymbol constructor)
            {
                return string.Empty;
            }

            foreach (var argument in arguments.Arguments)
            {
                var parameter = ArgumentBinding.ParameterOf(argument, arguments, constructor);
                if (parameter is null)
                {
                    continue;
                }

                if (ScopeByConstructorParameter.TryGetValue(parameter.Name, out var prefix) && ConstantName(argument.Expression, semanticModel, cancellationToken) is { } name)
                {
                    return prefix + name;
                }

                if (ScopeByConstructorUri.TryGetValue(parameter.Name, out prefix)
                    && UriArguments.ConstantUri(argument.Expression, semanticModel, cancellationToken) is { } uri
                    && UriArguments.FirstSegment(uri) is { } segment && IsPlainName(segment))
                {
                    return prefix + segment;
                }
            }

            return string.Empty;
        }
    }
}
