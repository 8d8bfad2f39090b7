#nullable enable

using System;
using System.Collections.Generic;

namespace SecretlessAnalyzers.Catalog
{
    /// <summary>
    /// A data-plane role (or database role, privilege set, access policy) a managed identity can be given on a service.
    /// Built only by <see cref="AzureCatalog"/>.
    /// </summary>
    public sealed class AzureRole
    {
        internal AzureRole(string id, string name, string serviceId, string? roleDefinitionId, int rank, string? part, params string[] covers)
        {
            Id = id;
            Name = name;
            ServiceId = serviceId;
            RoleDefinitionId = roleDefinitionId;
            Rank = rank;
            Part = part;
            Covers = covers;
        }

        /// <summary>Stable id, e.g. <c>StorageBlobDataReader</c>: what diagnostic properties and the report carry.</summary>
        public string Id { get; }

        /// <summary>The name Azure (or the database) gives the role, e.g. <c>Storage Blob Data Reader</c>, <c>db_datareader</c>.</summary>
        public string Name { get; }

        /// <summary>The <see cref="AzureService.Id"/> the role belongs to.</summary>
        public string ServiceId { get; }

        /// <summary>
        /// The built-in role definition id (a GUID) for Azure RBAC and Cosmos DB data-plane roles; null for SQL database
        /// roles, PostgreSQL/MySQL privileges and Redis access policies, which are granted by name.
        /// </summary>
        public string? RoleDefinitionId { get; }

        /// <summary>Higher allows more; only meaningful between roles of one service part (see <see cref="Covers"/>).</summary>
        public int Rank { get; }

        /// <summary>The part of the service the role works on (<c>blob</c>, <c>queue</c>...), or null for the whole service.</summary>
        public string? Part { get; }

        /// <summary>For a PostgreSQL or MySQL principal, the table privileges to GRANT (<c>SELECT, INSERT, UPDATE, DELETE</c>); else null.</summary>
        public string? Privileges { get; internal set; }

        /// <summary>The ids of the roles this one directly allows everything of (Storage Blob Data Owner covers Contributor).</summary>
        public IReadOnlyList<string> Covers { get; }

        public override string ToString() => Name;
    }
}
