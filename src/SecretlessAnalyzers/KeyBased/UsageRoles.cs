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

            var calls = usage.Operations.Where(name => !Neutral.Contains(name)).ToList();
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
                default:
                    // Event Hubs producers and consumers already need exactly one role; the administration client needs Owner.
                    return null;
            }
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
