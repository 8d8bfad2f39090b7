using Microsoft.WindowsAzure.Storage;
using Microsoft.WindowsAzure.Storage.Table;

namespace LegacyService.Legacy;

/// <summary>Audit trail still written with the retired WindowsAzure.Storage SDK.</summary>
public sealed class AuditLog
{
    private readonly CloudTable _table;

    public AuditLog()
    {
        var account = CloudStorageAccount.Parse(
            "DefaultEndpointsProtocol=https;AccountName=contosoaudit;AccountKey=U2VjcmV0bGVzc0FuYWx5emVycyBzYW1wbGU6IE5PVCBhIHJlYWwgc3RvcmFnZSBrZXksIGp1c3QgYnl0ZXMhIQ==");
        _table = account.CreateCloudTableClient().GetTableReference("audit");
    }

    public CloudTable Table => _table;
}
