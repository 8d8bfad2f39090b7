using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Messaging;
using SecretlessAnalyzers.Storage;

namespace SecretlessAnalyzers.Usage
{
    /// <summary>The smallest data-plane role for what the code calls on a client, and why.</summary>
    public readonly struct UsageRole
    {
        /// <summary>A role on the whole resource.</summary>
        public UsageRole(string service, string role, string reason, IReadOnlyCollection<string>? operations = null)
            : this(service, role, reason, new[] { new Grant(role, string.Empty) }, operations)
        {
        }

        public UsageRole(string service, string role, string reason, IReadOnlyList<Grant> grants, IReadOnlyCollection<string>? operations = null)
        {
            Service = service;
            Role = role;
            Reason = reason;
            Grants = grants;
            Operations = operations ?? Array.Empty<string>();
        }

        /// <summary>The methods the code calls on the clients and their derived clients (<see cref="ClientUsage.Operations"/>).</summary>
        public IReadOnlyCollection<string> Operations { get; }

        public string Service { get; }

        /// <summary>Every role of <see cref="Grants"/>, joined with " and " (the form the messages and the report read).</summary>
        public string Role { get; }

        /// <summary>For the message: ". Role from the calls: ..." or ". Broadest data role: the client is returned"; empty when there are no uses.</summary>
        public string Reason { get; }

        /// <summary>Each role with the narrowest part of the resource the code needs it on.</summary>
        public IReadOnlyList<Grant> Grants { get; }
    }

    /// <summary>A role on a scope: a path below the resource's id (<see cref="ClientUsage.OperationsByScope"/>), empty for the whole resource.</summary>
    public readonly record struct Grant(string Role, string Scope)
    {
        /// <summary>
        /// The <see cref="DiagnosticProperties.Grants"/> value: <c>role@scope</c> pairs joined with ';'. Roles never
        /// hold '@' or ';', and scopes only plain names (<see cref="ClientUsage.IsPlainName"/>).
        /// </summary>
        public static string Format(IEnumerable<Grant> grants) => string.Join(";", grants.Select(grant => grant.Role + "@" + grant.Scope));

        /// <summary>The <see cref="DiagnosticProperties.GrantIds"/> value: each catalog role of each grant as <c>roleId@scope</c>.</summary>
        public static string FormatIds(IEnumerable<Grant> grants) =>
            string.Join(";", grants.SelectMany(grant => AzureCatalog.RolesIn(grant.Role).Select(role => role.Id + "@" + grant.Scope)));

        /// <summary>Sets <see cref="DiagnosticProperties.Grants"/> and <see cref="DiagnosticProperties.GrantIds"/>.</summary>
        public static void AddProperties(System.Collections.Immutable.ImmutableDictionary<string, string?>.Builder properties, IEnumerable<Grant> grants)
        {
            var list = grants.ToList();
            properties[DiagnosticProperties.Grants] = Format(list);
            var ids = FormatIds(list);
            if (ids.Length > 0)
            {
                properties[DiagnosticProperties.GrantIds] = ids;
            }
        }
    }

    /// <summary>
    /// Derives the least-privilege role from <see cref="ClientUsage"/>: reads only give the reader role, sends only
    /// the sender role, and so on. An escaping client, or a call the tables do not know, keeps the broader role.
    /// </summary>
    public static class UsageRoles
    {
        // Calls that neither read nor write data.
        private static readonly HashSet<string> Neutral = new HashSet<string>(StringComparer.Ordinal)
        {
            "Dispose", "DisposeAsync", "CloseAsync", "ToString", "GetHashCode", "Equals", "GetType",
        };

        private static readonly string[] ReadPrefixes = { "Download", "Get", "Exists", "Query", "Read", "Peek", "Open", "Find", "CanGenerate", "List", "ExecuteQuery" };

        // The database roles (or privileges) for reads, for writes and for schema changes, by catalog service id.
        private static readonly Dictionary<string, (AzureRole[] Read, AzureRole[] Write, AzureRole[] Schema)> DatabaseRoles =
            new Dictionary<string, (AzureRole[], AzureRole[], AzureRole[])>(StringComparer.Ordinal)
            {
                [ServiceIds.AzureSql] = (
                    new[] { Roles.SqlDataReader },
                    new[] { Roles.SqlDataReader, Roles.SqlDataWriter },
                    new[] { Roles.SqlDataReader, Roles.SqlDataWriter, Roles.SqlDdlAdmin }),
                [ServiceIds.PostgreSql] = (new[] { Roles.PostgreSqlSelect }, new[] { Roles.PostgreSqlReadWrite }, new[] { Roles.PostgreSqlReadWriteCreate }),
                [ServiceIds.MySql] = (new[] { Roles.MySqlSelect }, new[] { Roles.MySqlReadWrite }, new[] { Roles.MySqlReadWriteCreate }),
            };

        /// <summary>The role text of several roles granted together: <c>db_datareader, db_datawriter</c>.</summary>
        public static string RoleText(IEnumerable<AzureRole> roles) => string.Join(", ", roles.Select(role => role.Name));

        /// <summary>The role a writing Azure SQL client needs when nothing narrower is known.</summary>
        public static string SqlWriterRole => RoleText(DatabaseRoles[ServiceIds.AzureSql].Write);

        /// <summary>The catalog service of a client (by its display name), or null.</summary>
        private static string? ServiceIdOf(KnownClient client) => AzureCatalog.ServiceNamed(client.Service)?.Id;

        // Cosmos DB databases and containers are created through the control plane: no data-plane role allows it.
        private static readonly string[] CosmosControlPlanePrefixes = { "CreateDatabase", "CreateContainer", "DefineContainer" };

        private static readonly string[] DatabaseReadPrefixes = { "ExecuteReader", "ExecuteScalar", "ExecuteXmlReader", "Query" };

        // SearchClient document operations.
        private static readonly string[] SearchReadPrefixes = { "Search", "GetDocument", "Autocomplete", "Suggest" };
        private static readonly string[] SearchWritePrefixes = { "UploadDocuments", "MergeDocuments", "MergeOrUploadDocuments", "DeleteDocuments", "IndexDocuments" };

        public static UsageRole For(KnownClient client, ClientUsage? usage)
        {
            client = WithStorageService(client, usage);
            if (usage is null)
            {
                return Whole(client, ". Broadest data role: the client is registered for dependency injection and used elsewhere", string.Empty);
            }

            if (usage.EscapeReason is { } escape)
            {
                // An event hub client cannot reach another hub; a storage client can (through its parent service client).
                var kept = usage.RootScope.StartsWith(ResourceScopes.EventHub.Prefix, StringComparison.Ordinal) ? usage.RootScope : string.Empty;
                return Whole(client, ". Broadest data role: " + escape, kept, usage.Operations);
            }

            var calls = usage.Operations.Where(name => !Neutral.Contains(name)).ToList();
            if (calls.Count == 0)
            {
                return Whole(client, string.Empty, usage.RootScope, usage.Operations);
            }

            var grants = new List<Grant>();
            foreach (var scoped in usage.OperationsByScope)
            {
                // A scope only passed through (GetDatabase("shop") on the way to one of its containers) needs no role of its own.
                var scopeCalls = scoped.Value.Where(name => !Neutral.Contains(name)).ToList();
                var passedThrough = scopeCalls.All(ClientUsage.IsDerivedClientGetter)
                    && usage.OperationsByScope.Keys.Any(other => IsInside(other, scoped.Key));
                if (scopeCalls.Count > 0 && !passedThrough)
                {
                    grants.Add(new Grant(RoleFor(client, scopeCalls) ?? client.Role, scoped.Key));
                }
            }

            return Combine(client.Service, ". Role from the calls: " + string.Join(", ", calls), grants, usage.Operations);
        }

        /// <summary>
        /// The role for several clients that share one secret (a database connection string held in a const or field):
        /// the first that escapes decides, else the calls of all of them together, on the whole resource.
        /// </summary>
        public static UsageRole For(KnownClient client, IReadOnlyList<ClientUsage> usages)
        {
            foreach (var usage in usages)
            {
                if (usage.EscapeReason is not null)
                {
                    return For(client, usage);
                }
            }

            // Clients of a service with scopes (a search index, a container) each keep theirs; database connections pool their calls.
            if (!DatabaseRoles.ContainsKey(ServiceIdOf(client) ?? string.Empty))
            {
                var grants = new List<Grant>();
                var reasons = new List<string>();
                foreach (var usage in usages)
                {
                    var one = For(client, usage);
                    grants.AddRange(one.Grants);
                    if (one.Reason.Length > 0 && !reasons.Contains(one.Reason))
                    {
                        reasons.Add(one.Reason);
                    }
                }

                return grants.Count == 0 ? Whole(client, string.Empty, string.Empty) : Combine(client.Service, string.Concat(reasons), grants, AllOperations(usages));
            }

            var operations = AllOperations(usages);
            var calls = operations.Where(name => !Neutral.Contains(name)).ToList();
            if (calls.Count == 0)
            {
                return Whole(client, string.Empty, string.Empty, operations);
            }

            var role = RoleFor(client, calls) ?? client.Role;
            return new UsageRole(client.Service, role, ". Role from the calls: " + string.Join(", ", calls), operations);
        }

        // A legacy CloudStorageAccount serves every storage service: the client it creates says which one.
        private static readonly (string Call, string Service)[] StorageServiceCalls =
        {
            ("CreateCloudBlobClient", "blob"), ("GetContainerReference", "blob"),
            ("CreateCloudQueueClient", "queue"), ("GetQueueReference", "queue"),
            ("CreateCloudTableClient", "table"), ("GetTableReference", "table"),
            ("CreateCloudFileClient", "file"), ("GetShareReference", "file"),
        };

        private static KnownClient WithStorageService(KnownClient client, ClientUsage? usage)
        {
            if (ServiceIdOf(client) != ServiceIds.Storage || client.ServiceKind is not null || usage is null)
            {
                return client;
            }

            string? service = null;
            foreach (var (call, kind) in StorageServiceCalls)
            {
                if (usage.Operations.Contains(call))
                {
                    if (service is not null && service != kind)
                    {
                        return client;
                    }

                    service = kind;
                }
            }

            return service is null ? client : new KnownClient(client.Service, StorageSymbols.RoleForService(service), service);
        }

        /// <summary>True when <paramref name="broad"/> allows everything <paramref name="narrow"/> does (<see cref="AzureCatalog.Covers(string, string)"/>).</summary>
        public static bool RoleCovers(string broad, string narrow) => AzureCatalog.Covers(broad, narrow);

        /// <summary>True when scope <paramref name="inner"/> is a part of <paramref name="outer"/> (every scope is a part of the whole resource, "").</summary>
        private static bool IsInside(string inner, string outer) =>
            inner.Length > outer.Length && (outer.Length == 0 || inner.StartsWith(outer + "/", StringComparison.Ordinal));

        private static UsageRole Whole(KnownClient client, string reason, string scope, IReadOnlyCollection<string>? operations = null) =>
            new UsageRole(client.Service, client.Role, reason, new[] { new Grant(client.Role, scope) }, operations);

        private static SortedSet<string> AllOperations(IEnumerable<ClientUsage> usages) =>
            new SortedSet<string>(usages.SelectMany(usage => usage.Operations), StringComparer.Ordinal);

        /// <summary>The role, its grants and the calls, as <see cref="DiagnosticProperties"/> of a finding.</summary>
        public static void AddProperties(System.Collections.Immutable.ImmutableDictionary<string, string?>.Builder properties, UsageRole role)
        {
            properties[DiagnosticProperties.Role] = role.Role;
            Grant.AddProperties(properties, role.Grants);
            if (role.Operations.Count > 0)
            {
                properties[DiagnosticProperties.Operations] = string.Join(",", role.Operations);
            }
        }

        /// <summary>
        /// Drops a grant that another covers (the same or a stronger role of its family on the same scope or one that
        /// contains it), and joins the roles for the message.
        /// </summary>
        private static UsageRole Combine(string service, string reason, List<Grant> grants, IReadOnlyCollection<string> operations)
        {
            var kept = new List<Grant>();
            var roles = new List<string>();
            for (var i = 0; i < grants.Count; i++)
            {
                var grant = grants[i];
                var covered = false;
                for (var j = 0; j < grants.Count && !covered; j++)
                {
                    var other = grants[j];
                    var sameGrant = other.Role == grant.Role && other.Scope == grant.Scope;
                    covered = sameGrant ? j < i
                        : (other.Scope == grant.Scope || IsInside(grant.Scope, other.Scope)) && RoleCovers(other.Role, grant.Role);
                }

                if (covered)
                {
                    continue;
                }

                kept.Add(grant);
                if (!roles.Contains(grant.Role))
                {
                    roles.Add(grant.Role);
                }
            }

            return new UsageRole(service, string.Join(" and ", roles), reason, kept, operations);
        }

        /// <summary>
        /// The role for the client <paramref name="secret"/> is given to (directly, or through a credential
        /// creation): derived from its uses when they are all known, else <see cref="KnownClient.Role"/>.
        /// </summary>
        public static string ForSecretArgument(ExpressionSyntax secret, KnownClient client, SemanticModel semanticModel, CancellationToken cancellationToken) =>
            ClientCreationReceiving(secret) is { } creation ? For(client, ClientUsage.Of(creation, semanticModel, cancellationToken)).Role : client.Role;

        /// <summary>
        /// The uses of the client <paramref name="secret"/> is given to (directly, or through a credential creation);
        /// null when it is not an argument of a client creation.
        /// </summary>
        public static ClientUsage? UsageOfSecretArgument(ExpressionSyntax secret, SemanticModel semanticModel, CancellationToken cancellationToken) =>
            ClientCreationReceiving(secret) is { } creation ? ClientUsage.Of(creation, semanticModel, cancellationToken) : null;

        /// <summary>Like <see cref="For(KnownClient, ClientUsage?)"/>, but no usage (no client creation was found) keeps <see cref="KnownClient.Role"/> without a reason.</summary>
        public static UsageRole ForCreation(KnownClient client, ClientUsage? usage) =>
            usage is null ? Whole(client, string.Empty, string.Empty) : For(client, usage);

        // new Client(secret), new Client(uri, new Credential(name, secret)) or a legacy CloudStorageAccount.Parse(secret):
        // the outermost of at most two creations.
        private static ExpressionSyntax? ClientCreationReceiving(ExpressionSyntax secret)
        {
            ExpressionSyntax? found = null;
            SyntaxNode current = secret;
            for (var level = 0; level < 2; level++)
            {
                while (current.Parent is ParenthesizedExpressionSyntax)
                {
                    current = current.Parent;
                }

                if (current.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ExpressionSyntax creation } }
                    || creation is not (BaseObjectCreationExpressionSyntax or InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Parse" } }))
                {
                    break;
                }

                found = creation;
                current = creation;
            }

            return found;
        }

        // Bounds: a secret reaches a handful of clients through at most two declarations (key → connection string → clients).
        private const int MaxDeclarationHops = 2;
        private const int MaxClients = 8;

        /// <summary>
        /// The roles and grants for a literal secret (SL1001-SL1007): it is followed into every client created with it,
        /// directly, through a credential creation, or through the private constant, field or local that holds it (also
        /// when that one is concatenated into another). Each client is classified by <paramref name="classify"/> and its
        /// uses give its roles. When a use of the secret is not a client creation the analysis knows, the answer is
        /// <paramref name="fallback"/>'s role on the whole resource.
        /// </summary>
        public static UsageRole ForSecret(
            ExpressionSyntax secret,
            KnownClient fallback,
            Func<ITypeSymbol, KnownClient?> classify,
            SemanticModel semanticModel,
            CancellationToken cancellationToken)
        {
            var creations = new List<ExpressionSyntax>();
            if (!CollectCreations(secret, semanticModel, creations, MaxDeclarationHops, cancellationToken) || creations.Count == 0)
            {
                return Whole(fallback, string.Empty, string.Empty);
            }

            var grants = new List<Grant>();
            var reasons = new List<string>();
            var operations = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var creation in creations)
            {
                var type = semanticModel.GetTypeInfo(creation, cancellationToken).Type;
                if ((type is null ? null : classify(type)) is not { } client)
                {
                    return Whole(fallback, string.Empty, string.Empty);
                }

                var role = For(client, ClientUsage.Of(creation, semanticModel, cancellationToken));
                grants.AddRange(role.Grants);
                operations.UnionWith(role.Operations);
                if (role.Reason.Length > 0 && !reasons.Contains(role.Reason))
                {
                    reasons.Add(role.Reason);
                }
            }

            return Combine(fallback.Service, string.Concat(reasons), grants, operations);
        }

        /// <summary>Adds the client creations <paramref name="value"/> reaches; false when it also goes somewhere else.</summary>
        private static bool CollectCreations(ExpressionSyntax value, SemanticModel semanticModel, List<ExpressionSyntax> creations, int hops, CancellationToken cancellationToken)
        {
            if (ClientCreationReceiving(value) is { } creation)
            {
                if (!creations.Contains(creation))
                {
                    creations.Add(creation);
                }

                return creations.Count <= MaxClients;
            }

            if (hops == 0 || DeclaredHolder(value, semanticModel, cancellationToken) is not { } holder)
            {
                return false;
            }

            // Only a holder whose every use is in this file's type (or member, for a local) can be followed.
            if (holder is not (IFieldSymbol { DeclaredAccessibility: Accessibility.Private } or ILocalSymbol)
                || holder.DeclaringSyntaxReferences.Length != 1
                || holder.ContainingType?.DeclaringSyntaxReferences.Length > 1)
            {
                return false;
            }

            var declaration = holder.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
            var scope = ClientUsage.UseScope(holder, declaration);
            if (scope is null)
            {
                return false;
            }

            var found = false;
            foreach (var identifier in IdentifierIndex.Named(scope, holder.Name, cancellationToken))
            {
                if (!SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(identifier, cancellationToken).Symbol, holder))
                {
                    continue;
                }

                ExpressionSyntax reference = identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier ? access : identifier;
                if (reference.Parent is AssignmentExpressionSyntax assignment && assignment.Left == reference
                    || !CollectCreations(reference, semanticModel, creations, hops - 1, cancellationToken))
                {
                    return false;
                }

                found = true;
            }

            return found;
        }

        /// <summary>The constant, field or local whose initializer holds <paramref name="value"/> (as a whole, or as a part of a concatenation).</summary>
        private static ISymbol? DeclaredHolder(ExpressionSyntax value, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            SyntaxNode current = value;
            while (current.Parent is ParenthesizedExpressionSyntax or InterpolationSyntax or InterpolatedStringExpressionSyntax
                || current.Parent is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression))
            {
                current = current.Parent;
            }

            return current.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
                ? semanticModel.GetDeclaredSymbol(declarator, cancellationToken)
                : null;
        }

        private static string? RoleFor(KnownClient client, List<string> calls)
        {
            var data = calls.Where(name => !ClientUsage.IsDerivedClientGetter(name)).ToList();
            var readOnly = data.All(IsRead);
            switch (ServiceIdOf(client), client.ServiceKind)
            {
                case (ServiceIds.Storage, "blob" or "dfs"):
                    // POSIX access control of Data Lake paths (ACLs, owner, permissions) needs the Owner role.
                    return (data.Any(IsAccessControlChange) ? Roles.StorageBlobDataOwner
                        : readOnly ? Roles.StorageBlobDataReader : Roles.StorageBlobDataContributor).Name;
                case (ServiceIds.Storage, "table"):
                    return (readOnly ? Roles.StorageTableDataReader : Roles.StorageTableDataContributor).Name;
                case (ServiceIds.Storage, "file"):
                    return (readOnly ? Roles.StorageFileDataPrivilegedReader : Roles.StorageFileDataPrivilegedContributor).Name;
                case (ServiceIds.Storage, "queue"):
                    return QueueRole(data).Name;
                case (_, MessagingClients.ServiceBus):
                    return ServiceBusRole(calls);
                case (ServiceIds.CosmosDb, _):
                    return (readOnly ? Roles.CosmosDataReader : Roles.CosmosDataContributor).Name;
                case (ServiceIds.AppConfiguration, _):
                    return (readOnly ? Roles.AppConfigurationDataReader : Roles.AppConfigurationDataOwner).Name;
                case (ServiceIds.AzureSql or ServiceIds.PostgreSql or ServiceIds.MySql, _):
                    return DatabaseRole(client, data);
                case (ServiceIds.Search, _):
                    return SearchRole(data)?.Name;
                default:
                    // Event Hubs producers and consumers already need exactly one role; the administration client needs Owner.
                    return null;
            }
        }

        /// <summary>
        /// The control-plane calls the code makes on a Cosmos DB client (<c>CreateDatabaseIfNotExistsAsync</c>...), which
        /// no data-plane role allows, sorted; empty when there are none or the usage is unknown.
        /// </summary>
        public static IReadOnlyList<string> CosmosControlPlaneCalls(ClientUsage? usage) =>
            usage is null ? Array.Empty<string>() : usage.Operations.Where(name => StartsWithAny(name, CosmosControlPlanePrefixes)).ToList();

        /// <summary>Whether a role from <see cref="For"/> grants only reads of a database (db_datareader, GRANT SELECT).</summary>
        public static bool IsDatabaseReadOnly(string role) =>
            AzureCatalog.RolesIn(role) is { Count: > 0 } roles
            && roles.All(found => DatabaseRoles.TryGetValue(found.ServiceId, out var set) && set.Read.Contains(found));

        /// <summary>The role that also changes the schema (a command text creates, alters or drops tables, views, procedures...).</summary>
        public static string DatabaseSchemaRole(KnownClient client) =>
            DatabaseRoles.TryGetValue(ServiceIdOf(client) ?? string.Empty, out var set) ? RoleText(set.Schema) : client.Role;

        /// <summary>The role that also writes, for a database client whose read-only role from the calls a command text contradicts.</summary>
        public static string DatabaseWriteRole(KnownClient client) =>
            DatabaseRoles.TryGetValue(ServiceIdOf(client) ?? string.Empty, out var set) ? RoleText(set.Write) : client.Role;

        /// <summary>
        /// ADO.NET (and Dapper) calls: ExecuteReader/ExecuteScalar/ExecuteXmlReader/Query read, ExecuteNonQuery/Execute
        /// write, Npgsql's COPY imports write and exports read. Other calls (Open, CreateCommand, Prepare...) do not touch
        /// data; an Execute the table does not know keeps the broad role.
        /// </summary>
        private static string? DatabaseRole(KnownClient client, List<string> calls)
        {
            bool reads = false, writes = false;
            foreach (var name in calls)
            {
                if (name.StartsWith("ExecuteNonQuery", StringComparison.Ordinal) || name is "Execute" or "ExecuteAsync"
                    || (name.StartsWith("Begin", StringComparison.Ordinal) && name.IndexOf("Import", StringComparison.Ordinal) > 0))
                {
                    writes = true;
                }
                else if (StartsWithAny(name, DatabaseReadPrefixes)
                    || (name.StartsWith("Begin", StringComparison.Ordinal) && name.IndexOf("Export", StringComparison.Ordinal) > 0))
                {
                    reads = true;
                }
                else if (name.StartsWith("Execute", StringComparison.Ordinal) || name.IndexOf("Copy", StringComparison.Ordinal) >= 0)
                {
                    return null;
                }
            }

            if (!reads && !writes)
            {
                return null;
            }

            return writes ? DatabaseWriteRole(client)
                : DatabaseRoles.TryGetValue(ServiceIdOf(client) ?? string.Empty, out var set) ? RoleText(set.Read)
                : null;
        }

        // Search Index Data Reader to query, Contributor to change documents; anything else (indexes, indexers) needs Search Service Contributor.
        private static AzureRole? SearchRole(List<string> calls)
        {
            var writes = false;
            foreach (var name in calls)
            {
                if (StartsWithAny(name, SearchWritePrefixes))
                {
                    writes = true;
                }
                else if (!StartsWithAny(name, SearchReadPrefixes))
                {
                    return null;
                }
            }

            return writes ? Roles.SearchIndexDataContributor : Roles.SearchIndexDataReader;
        }

        private static bool StartsWithAny(string name, string[] prefixes)
        {
            foreach (var prefix in prefixes)
            {
                if (name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsAccessControlChange(string name) =>
            name.StartsWith("SetAccessControl", StringComparison.Ordinal) || name.StartsWith("SetPermissions", StringComparison.Ordinal)
            || name.StartsWith("UpdateAccessControl", StringComparison.Ordinal) || name.StartsWith("RemoveAccessControl", StringComparison.Ordinal);

        private static bool IsRead(string name)
        {
            foreach (var prefix in ReadPrefixes)
            {
                if (name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        // Message Sender: send only. Message Processor: peek, receive, delete messages. Reader: peek and properties.
        private static AzureRole QueueRole(List<string> calls)
        {
            if (calls.All(name => name.StartsWith("SendMessage", StringComparison.Ordinal)))
            {
                return Roles.StorageQueueDataMessageSender;
            }

            if (calls.All(name => name.StartsWith("Peek", StringComparison.Ordinal) || name.StartsWith("Get", StringComparison.Ordinal) || name.StartsWith("Exists", StringComparison.Ordinal)))
            {
                return Roles.StorageQueueDataReader;
            }

            return calls.All(name => name.StartsWith("ReceiveMessage", StringComparison.Ordinal) || name.StartsWith("PeekMessage", StringComparison.Ordinal)
                    || name.StartsWith("DeleteMessage", StringComparison.Ordinal))
                ? Roles.StorageQueueDataMessageProcessor
                : Roles.StorageQueueDataContributor;
        }

        private static string? ServiceBusRole(List<string> calls)
        {
            if (calls.Contains("CreateRuleManager"))
            {
                return Roles.ServiceBusDataOwner.Name;
            }

            var sends = calls.Contains("CreateSender");
            var receives = calls.Any(name => name is "CreateReceiver" or "CreateProcessor" or "CreateSessionProcessor"
                || name.StartsWith("AcceptNextSession", StringComparison.Ordinal) || name.StartsWith("AcceptSession", StringComparison.Ordinal));
            return (sends, receives) switch
            {
                (true, false) => Roles.ServiceBusDataSender.Name,
                (false, true) => Roles.ServiceBusDataReceiver.Name,
                (true, true) => Roles.ServiceBusDataSender.Name + " and " + Roles.ServiceBusDataReceiver.Name,
                _ => null,
            };
        }
    }
}
