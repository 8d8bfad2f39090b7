using System;
using System.Collections.Generic;

namespace SecretlessAnalyzers.Reporting.Azure
{
    /// <summary>
    /// Role definition ids of the built-in roles the rules name, as the Azure built-in roles reference lists them
    /// (learn.microsoft.com/azure/role-based-access-control/built-in-roles; the ids are the same in every cloud), and
    /// the built-in data-plane roles of Cosmos DB and access policies of Azure Cache for Redis. The one place the
    /// report keeps role ids.
    /// </summary>
    public static class BuiltInRoles
    {
        private static readonly Dictionary<string, string> AzureRbac = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage Blob Data Reader"] = "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1",
            ["Storage Blob Data Contributor"] = "ba92f5b4-2d11-453d-a403-e96b0029c9fe",
            ["Storage Blob Data Owner"] = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b",
            ["Storage Queue Data Reader"] = "19e7f393-937e-4f77-808e-94535e297925",
            ["Storage Queue Data Message Sender"] = "c6a89b2d-59bc-44d0-9896-0f6e12d7b80a",
            ["Storage Queue Data Message Processor"] = "8a0f0c08-91a1-4084-bc3d-661d67233fed",
            ["Storage Queue Data Contributor"] = "974c5e8b-45b9-4653-ba55-5f855dd0fb88",
            ["Storage Table Data Reader"] = "76199698-9eea-4c19-bc75-cec21354c6b6",
            ["Storage Table Data Contributor"] = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3",
            ["Storage File Data Privileged Reader"] = "b8eda974-7b85-4f76-af95-65846b26df6d",
            ["Storage File Data Privileged Contributor"] = "69566ab7-960f-475b-8e7c-b3118f30c6bd",
            ["Azure Service Bus Data Sender"] = "69a216fc-b8fb-44d8-bc22-1f3c2cd27a39",
            ["Azure Service Bus Data Receiver"] = "4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0",
            ["Azure Service Bus Data Owner"] = "090c5cfd-751d-490a-894a-3ce6f1109419",
            ["Azure Event Hubs Data Sender"] = "2b629674-e913-4c01-ae53-ef4638d8f975",
            ["Azure Event Hubs Data Receiver"] = "a638d3c7-ab3a-418d-83e6-5f17a39d4fde",
            ["Azure Event Hubs Data Owner"] = "f526a384-b230-433a-b45c-95f59c4a2dec",
            ["EventGrid Data Sender"] = "d5a91429-5739-47e2-a06b-3470a27159e7",
            ["App Configuration Data Reader"] = "516239f1-63e1-4d78-a4de-a74fb236a071",
            ["App Configuration Data Owner"] = "5ae67dd6-50cb-40e7-96ff-dc2bfa4b606b",
            ["Key Vault Secrets User"] = "4633458b-17de-408a-b874-0445c86b69e6",
            ["Search Index Data Reader"] = "1407120a-92aa-4202-b7e9-c0e197c71c8f",
            ["Search Index Data Contributor"] = "8ebe5a00-799e-43f5-93ac-243d3dce84a7",
            ["Search Service Contributor"] = "7ca78c08-252a-4471-8644-bb5ff32d4ba0",
            ["Cognitive Services User"] = "a97b65f3-24c7-4388-baec-2e87135dc908",
            ["Cognitive Services OpenAI User"] = "5e0bd9bd-7b93-4f28-af87-19fc36ad61bd",
            ["Web PubSub Service Owner"] = "12cf5a90-567b-43ae-8102-96cf46c7d9b4",
            ["SignalR App Server"] = "420fcaa2-552c-430f-98ca-3264be4806c7",
            ["Azure Maps Data Reader"] = "423170ca-a8f6-4b0f-8487-9e4eb8f49bfa",
        };

        /// <summary>The role definition id (GUID) of an Azure RBAC built-in role, or null for a role this table does not hold.</summary>
        public static string? IdOf(string role) => AzureRbac.TryGetValue(role, out var id) ? id : null;

        /// <summary>Cosmos DB's built-in data-plane role definitions (not Azure RBAC roles: they live in the account).</summary>
        public const string CosmosDataReaderId = "00000000-0000-0000-0000-000000000001";
        public const string CosmosDataContributorId = "00000000-0000-0000-0000-000000000002";

        public static string CosmosDefinitionIdOf(string role) =>
            Guid.TryParse(role, out _) ? role
            : role.IndexOf("Reader", StringComparison.OrdinalIgnoreCase) >= 0 ? CosmosDataReaderId
            : CosmosDataContributorId;

        /// <summary>The built-in data access policy of Azure Cache for Redis that a role name asks for.</summary>
        public static string RedisPolicyOf(string role) =>
            role.IndexOf("Owner", StringComparison.OrdinalIgnoreCase) >= 0 ? "Data Owner"
            : role.IndexOf("Reader", StringComparison.OrdinalIgnoreCase) >= 0 ? "Data Reader"
            : "Data Contributor";

        private static readonly (string Suffix, int Rank)[] RoleRanks =
        {
            (" Reader", 1), (" Message Sender", 1), (" Message Processor", 1), (" Sender", 1), (" Receiver", 1), (" Contributor", 2), (" Owner", 3),
        };

        /// <summary>"Storage Blob Data Contributor" allows all "Storage Blob Data Reader" does (same family, higher rank).</summary>
        public static bool Covers(string broad, string narrow)
        {
            if (string.Equals(broad, narrow, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            var b = Rank(broad);
            var n = Rank(narrow);
            return b.Suffix is not null && n.Suffix is not null && b.Rank > n.Rank
                && broad.Substring(0, broad.Length - b.Suffix.Length) == narrow.Substring(0, narrow.Length - n.Suffix.Length);
        }

        private static (string? Suffix, int Rank) Rank(string role)
        {
            foreach (var (suffix, rank) in RoleRanks)
            {
                if (role.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return (suffix, rank);
                }
            }

            return (null, 0);
        }
    }
}
