using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Messaging;

namespace SecretlessAnalyzers.KeyBased
{
    /// <summary>The smallest data-plane role for what the code calls on a client, and why.</summary>
    public readonly struct UsageRole
    {
        public UsageRole(string service, string role, string reason)
        {
            Service = service;
            Role = role;
            Reason = reason;
        }

        public string Service { get; }

        public string Role { get; }

        /// <summary>For the message: ". Role from the calls: ..." or ". Broadest data role: the client is returned"; empty when there are no uses.</summary>
        public string Reason { get; }
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

        private static readonly string[] ReadPrefixes = { "Download", "Get", "Exists", "Query", "Read", "Peek", "Open", "Find", "CanGenerate" };

        /// <summary><see cref="KnownClient.Service"/> of the clients whose role SL1003, SL1006 and SL1007 derive here.</summary>
        public const string AzureSql = "Azure SQL";
        public const string PostgreSql = "PostgreSQL";
        public const string MySql = "MySQL";
        public const string Search = "Azure AI Search";

        /// <summary>The GRANT privileges of a PostgreSQL or MySQL principal: <c>Principal (GRANT SELECT)</c>.</summary>
        public const string ReadPrivileges = "SELECT";
        public const string WritePrivileges = "SELECT, INSERT, UPDATE, DELETE";

        public const string SqlReaderRole = "db_datareader";
        public const string SqlWriterRole = "db_datareader, db_datawriter";

        // Cosmos DB databases and containers are created through the control plane: no data-plane role allows it.
        private static readonly string[] CosmosControlPlanePrefixes = { "CreateDatabase", "CreateContainer", "DefineContainer" };

        private static readonly string[] DatabaseReadPrefixes = { "ExecuteReader", "ExecuteScalar", "ExecuteXmlReader", "Query" };

        // SearchClient document operations.
        private static readonly string[] SearchReadPrefixes = { "Search", "GetDocument", "Autocomplete", "Suggest" };
        private static readonly string[] SearchWritePrefixes = { "UploadDocuments", "MergeDocuments", "MergeOrUploadDocuments", "DeleteDocuments", "IndexDocuments" };

        public static UsageRole For(KnownClient client, ClientUsage? usage)
        {
            if (usage is null)
            {
                return new UsageRole(client.Service, client.Role, ". Broadest data role: the client is registered for dependency injection and used elsewhere");
            }

            if (usage.EscapeReason is { } escape)
            {
                return new UsageRole(client.Service, client.Role, ". Broadest data role: " + escape);
            }

            return FromCalls(client, usage.Operations);
        }

        /// <summary>
        /// The role for several clients that share one secret (a connection string held in a const or field): the
        /// first that escapes decides, else the calls of all of them together.
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

            return FromCalls(client, new SortedSet<string>(usages.SelectMany(usage => usage.Operations), StringComparer.Ordinal));
        }

        private static UsageRole FromCalls(KnownClient client, IEnumerable<string> operations)
        {
            var calls = operations.Where(name => !Neutral.Contains(name)).ToList();
            if (calls.Count == 0)
            {
                return new UsageRole(client.Service, client.Role, string.Empty);
            }

            var role = RoleFor(client, calls) ?? client.Role;
            return new UsageRole(client.Service, role, ". Role from the calls: " + string.Join(", ", calls));
        }

        /// <summary>
        /// The role for the client <paramref name="secret"/> is given to (directly, or through a credential
        /// creation): derived from its uses when they are all known, else <see cref="KnownClient.Role"/>. For the
        /// rules that report literal secrets (SL1001, SL1002).
        /// </summary>
        public static string ForSecretArgument(ExpressionSyntax secret, KnownClient client, SemanticModel semanticModel, CancellationToken cancellationToken) =>
            ClientCreationReceiving(secret) is { } creation ? For(client, ClientUsage.Of(creation, semanticModel, cancellationToken)).Role : client.Role;

        /// <summary>
        /// The uses of the client <paramref name="secret"/> is given to (directly, or through a credential creation);
        /// null when it is not an argument of a client creation. For SL1004, SL1006 and SL1007.
        /// </summary>
        public static ClientUsage? UsageOfSecretArgument(ExpressionSyntax secret, SemanticModel semanticModel, CancellationToken cancellationToken) =>
            ClientCreationReceiving(secret) is { } creation ? ClientUsage.Of(creation, semanticModel, cancellationToken) : null;

        /// <summary>Like <see cref="For"/>, but no usage (no client creation was found) keeps <see cref="KnownClient.Role"/> without a reason.</summary>
        public static UsageRole ForCreation(KnownClient client, ClientUsage? usage) =>
            usage is null ? new UsageRole(client.Service, client.Role, string.Empty) : For(client, usage);

        // new Client(secret) or new Client(uri, new Credential(name, secret)): the outermost of at most two creations.
        private static BaseObjectCreationExpressionSyntax? ClientCreationReceiving(ExpressionSyntax secret)
        {
            BaseObjectCreationExpressionSyntax? found = null;
            SyntaxNode current = secret;
            for (var level = 0; level < 2; level++)
            {
                while (current.Parent is ParenthesizedExpressionSyntax)
                {
                    current = current.Parent;
                }

                if (current.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax creation } })
                {
                    break;
                }

                found = creation;
                current = creation;
            }

            return found;
        }

        private static string? RoleFor(KnownClient client, List<string> calls)
        {
            var data = calls.Where(name => !ClientUsage.IsDerivedClientGetter(name)).ToList();
            var readOnly = data.All(IsRead);
            switch (client.Service, client.ServiceKind)
            {
                case ("Storage", "blob" or "dfs"):
                    return readOnly ? "Storage Blob Data Reader" : "Storage Blob Data Contributor";
                case ("Storage", "table"):
                    return readOnly ? "Storage Table Data Reader" : "Storage Table Data Contributor";
                case ("Storage", "file"):
                    return readOnly ? "Storage File Data Privileged Reader" : "Storage File Data Privileged Contributor";
                case ("Storage", "queue"):
                    return QueueRole(data);
                case (_, MessagingClients.ServiceBus):
                    return ServiceBusRole(calls);
                case ("Cosmos DB", _):
                    return readOnly ? "Cosmos DB Built-in Data Reader" : "Cosmos DB Built-in Data Contributor";
                case ("App Configuration", _):
                    return readOnly ? "App Configuration Data Reader" : "App Configuration Data Owner";
                case (AzureSql or PostgreSql or MySql, _):
                    return DatabaseRole(client, data);
                case (Search, _):
                    return SearchRole(data);
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
            role == SqlReaderRole || role.EndsWith("(GRANT " + ReadPrivileges + ")", StringComparison.Ordinal);

        /// <summary>The role that also writes, for a database client whose read-only role from the calls a command text contradicts.</summary>
        public static string DatabaseWriteRole(KnownClient client) =>
            client.Service == AzureSql ? SqlWriterRole : client.Role + " (GRANT " + WritePrivileges + ")";

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
                : client.Service == AzureSql ? SqlReaderRole
                : client.Role + " (GRANT " + ReadPrivileges + ")";
        }

        // Search Index Data Reader to query, Contributor to change documents; anything else (indexes, indexers) needs Search Service Contributor.
        private static string? SearchRole(List<string> calls)
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

            return writes ? "Search Index Data Contributor" : "Search Index Data Reader";
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
        private static string QueueRole(List<string> calls)
        {
            if (calls.All(name => name.StartsWith("SendMessage", StringComparison.Ordinal)))
            {
                return "Storage Queue Data Message Sender";
            }

            if (calls.All(name => name.StartsWith("Peek", StringComparison.Ordinal) || name.StartsWith("Get", StringComparison.Ordinal) || name.StartsWith("Exists", StringComparison.Ordinal)))
            {
                return "Storage Queue Data Reader";
            }

            return calls.All(name => name.StartsWith("ReceiveMessage", StringComparison.Ordinal) || name.StartsWith("PeekMessage", StringComparison.Ordinal)
                    || name.StartsWith("DeleteMessage", StringComparison.Ordinal))
                ? "Storage Queue Data Message Processor"
                : "Storage Queue Data Contributor";
        }

        private static string? ServiceBusRole(List<string> calls)
        {
            if (calls.Contains("CreateRuleManager"))
            {
                return "Azure Service Bus Data Owner";
            }

            var sends = calls.Contains("CreateSender");
            var receives = calls.Any(name => name is "CreateReceiver" or "CreateProcessor" or "CreateSessionProcessor"
                || name.StartsWith("AcceptNextSession", StringComparison.Ordinal) || name.StartsWith("AcceptSession", StringComparison.Ordinal));
            return (sends, receives) switch
            {
                (true, false) => "Azure Service Bus Data Sender",
                (false, true) => "Azure Service Bus Data Receiver",
                (true, true) => "Azure Service Bus Data Sender and Azure Service Bus Data Receiver",
                _ => null,
            };
        }
    }
}
