using System.Runtime.InteropServices;
using Minix.Ipc;
using Minix.Kernel.Grants;

namespace Minix.Kernel.Tests;

public class GrantCheckTests
{
    private static readonly Endpoint Fs = new(1);
    private static readonly Endpoint Driver = Endpoint.Create(2, 20);
    private static readonly Endpoint Other = Endpoint.Create(1, 21);
    private static readonly Endpoint User = Endpoint.Create(1, 30);

    private sealed class Tables : IGrantTables
    {
        public readonly Dictionary<int, GrantEntry[]> ByEndpoint = new();

        public Status ReadEntry(Endpoint granter, int index, out GrantEntry entry)
        {
            entry = default;
            if (granter == Other)
                return Status.DeadEndpoint;
            if (!ByEndpoint.TryGetValue(granter.Value, out GrantEntry[]? entries))
                return Status.GrantNoTable;
            // Go through the pure byte-table routine's bounds check, as the kernel's table reader does.
            if (index >= entries.Length)
                return Status.GrantBadId;
            entry = entries[index];
            return Status.Ok;
        }
    }

    private static Tables WithDirectGrant(GrantFlags access = GrantFlags.Read | GrantFlags.Write, int sequence = 3)
    {
        var tables = new Tables();
        tables.ByEndpoint[Fs.Value] = [default, GrantEntry.Direct(Driver, 0x10000, 512, access, sequence)];
        return tables;
    }

    private static Status Check(Tables tables, Endpoint granter, Endpoint grantee, GrantId id, ulong offset, ulong length, GrantFlags access, out GrantTarget target) =>
        GrantCheck.Verify(ref tables, granter, grantee, id, offset, length, access, out target);

    [Fact]
    public void A_direct_grant_allows_its_grantee_inside_its_range()
    {
        var tables = WithDirectGrant();
        Assert.Equal(Status.Ok, Check(tables, Fs, Driver, GrantId.Create(1, 3), 100, 412, GrantFlags.Read, out GrantTarget target));
        Assert.Equal(Fs, target.Owner);
        Assert.Equal(0x10000UL + 100, target.Address);
        Assert.Equal(Status.Ok, Check(tables, Fs, Driver, GrantId.Create(1, 3), 0, 512, GrantFlags.Write, out _));
        Assert.Equal(Status.Ok, Check(tables, Fs, Driver, GrantId.Create(1, 3), 512, 0, GrantFlags.Write, out _));
    }

    [Fact]
    public void Grant_to_someone_else_is_refused()
    {
        Assert.Equal(Status.GrantNotForCaller, Check(WithDirectGrant(), Fs, Other, GrantId.Create(1, 3), 0, 1, GrantFlags.Read, out _));
    }

    [Fact]
    public void Grant_to_any_allows_everyone()
    {
        var tables = new Tables();
        tables.ByEndpoint[Fs.Value] = [GrantEntry.Direct(Endpoint.Any, 0, 10, GrantFlags.Read, 0)];
        Assert.Equal(Status.Ok, Check(tables, Fs, User, GrantId.Create(0, 0), 0, 10, GrantFlags.Read, out _));
    }

    [Theory]
    [InlineData(0UL, 513UL)]
    [InlineData(1UL, 512UL)]
    [InlineData(512UL, 1UL)]
    [InlineData(ulong.MaxValue, 2UL)]
    [InlineData(2UL, ulong.MaxValue)]
    public void Copy_outside_the_granted_range_is_refused(ulong offset, ulong length)
    {
        Assert.Equal(Status.GrantOutOfRange, Check(WithDirectGrant(), Fs, Driver, GrantId.Create(1, 3), offset, length, GrantFlags.Read, out _));
    }

    [Fact]
    public void A_grant_whose_range_wraps_the_address_space_is_refused()
    {
        var tables = new Tables();
        tables.ByEndpoint[Fs.Value] = [GrantEntry.Direct(Driver, ulong.MaxValue - 10, 100, GrantFlags.Read, 0)];
        Assert.Equal(Status.GrantOutOfRange, Check(tables, Fs, Driver, GrantId.Create(0, 0), 0, 1, GrantFlags.Read, out _));
    }

    [Fact]
    public void Wrong_direction_is_refused()
    {
        Assert.Equal(Status.GrantWrongDirection, Check(WithDirectGrant(GrantFlags.Read), Fs, Driver, GrantId.Create(1, 3), 0, 1, GrantFlags.Write, out _));
        Assert.Equal(Status.GrantWrongDirection, Check(WithDirectGrant(GrantFlags.Write), Fs, Driver, GrantId.Create(1, 3), 0, 1, GrantFlags.Read, out _));
    }

    [Fact]
    public void A_revoked_grant_is_refused_by_its_old_id()
    {
        var tables = WithDirectGrant(sequence: 3);
        // Revocation clears the entry's flags and bumps its sequence; the slot may be reused with the new number.
        tables.ByEndpoint[Fs.Value][1] = GrantEntry.Direct(Driver, 0x20000, 64, GrantFlags.Read, GrantId.NextSequence(3));
        Assert.Equal(Status.GrantRevoked, Check(tables, Fs, Driver, GrantId.Create(1, 3), 0, 1, GrantFlags.Read, out _));
        Assert.Equal(Status.Ok, Check(tables, Fs, Driver, GrantId.Create(1, 4), 0, 1, GrantFlags.Read, out _));
    }

    [Fact]
    public void A_free_or_invalid_entry_is_refused()
    {
        var tables = WithDirectGrant();
        Assert.Equal(Status.GrantRevoked, Check(tables, Fs, Driver, GrantId.Create(0, 0), 0, 1, GrantFlags.Read, out _));
        tables.ByEndpoint[Fs.Value][1].Flags &= ~GrantFlags.Valid;
        Assert.Equal(Status.GrantRevoked, Check(tables, Fs, Driver, GrantId.Create(1, 3), 0, 1, GrantFlags.Read, out _));
    }

    [Fact]
    public void Ids_outside_the_table_or_negative_are_refused()
    {
        var tables = WithDirectGrant();
        Assert.Equal(Status.GrantBadId, Check(tables, Fs, Driver, GrantId.Create(2, 0), 0, 1, GrantFlags.Read, out _));
        Assert.Equal(Status.GrantBadId, Check(tables, Fs, Driver, new GrantId(GrantId.Invalid), 0, 1, GrantFlags.Read, out _));
    }

    [Fact]
    public void A_granter_without_a_table_or_a_dead_granter_is_refused()
    {
        Assert.Equal(Status.GrantNoTable, Check(new Tables(), Fs, Driver, GrantId.Create(0, 0), 0, 1, GrantFlags.Read, out _));
        Assert.Equal(Status.DeadEndpoint, Check(new Tables(), Other, Driver, GrantId.Create(0, 0), 0, 1, GrantFlags.Read, out _));
    }

    [Fact]
    public void An_entry_of_no_known_kind_is_refused()
    {
        var tables = WithDirectGrant();
        tables.ByEndpoint[Fs.Value][1].Flags &= ~GrantFlags.Direct;
        Assert.Equal(Status.GrantBadKind, Check(tables, Fs, Driver, GrantId.Create(1, 3), 0, 1, GrantFlags.Read, out _));
        tables.ByEndpoint[Fs.Value][1].Flags |= GrantFlags.Direct | GrantFlags.Indirect;
        Assert.Equal(Status.GrantBadKind, Check(tables, Fs, Driver, GrantId.Create(1, 3), 0, 1, GrantFlags.Read, out _));
    }

    [Fact]
    public void A_bad_access_argument_is_an_invalid_argument()
    {
        Assert.Equal(Status.InvalidArgument, Check(WithDirectGrant(), Fs, Driver, GrantId.Create(1, 3), 0, 1, GrantFlags.None, out _));
        Assert.Equal(Status.InvalidArgument, Check(WithDirectGrant(), Fs, Driver, GrantId.Create(1, 3), 0, 1, GrantFlags.Used, out _));
    }

    [Fact]
    public void An_indirect_grant_resolves_to_the_original_memory()
    {
        // The user grants a buffer to FS; FS passes it on to the driver.
        var tables = new Tables();
        tables.ByEndpoint[User.Value] = [GrantEntry.Direct(Fs, 0x5000, 4096, GrantFlags.Write, 7)];
        tables.ByEndpoint[Fs.Value] = [GrantEntry.Indirect(Driver, User, GrantId.Create(0, 7), GrantFlags.Write, 1)];
        Assert.Equal(Status.Ok, Check(tables, Fs, Driver, GrantId.Create(0, 1), 1024, 1024, GrantFlags.Write, out GrantTarget target));
        Assert.Equal(User, target.Owner);
        Assert.Equal(0x5000UL + 1024, target.Address);

        // The original grant's range and direction still apply through the indirection.
        Assert.Equal(Status.GrantOutOfRange, Check(tables, Fs, Driver, GrantId.Create(0, 1), 4000, 200, GrantFlags.Write, out _));
        tables.ByEndpoint[Fs.Value][0].Flags |= GrantFlags.Read;
        Assert.Equal(Status.GrantWrongDirection, Check(tables, Fs, Driver, GrantId.Create(0, 1), 0, 1, GrantFlags.Read, out _));
    }

    [Fact]
    public void An_indirect_grant_of_a_grant_made_to_someone_else_is_refused()
    {
        var tables = new Tables();
        tables.ByEndpoint[User.Value] = [GrantEntry.Direct(Other, 0x5000, 4096, GrantFlags.Read, 0)];
        tables.ByEndpoint[Fs.Value] = [GrantEntry.Indirect(Driver, User, GrantId.Create(0, 0), GrantFlags.Read, 0)];
        Assert.Equal(Status.GrantNotForCaller, Check(tables, Fs, Driver, GrantId.Create(0, 0), 0, 1, GrantFlags.Read, out _));
    }

    [Fact]
    public void Indirect_chains_deeper_than_the_limit_are_refused()
    {
        // A ring of indirect grants between two processes never reaches memory.
        var a = Endpoint.Create(1, 40);
        var b = Endpoint.Create(1, 41);
        var tables = new Tables();
        tables.ByEndpoint[a.Value] = [GrantEntry.Indirect(Endpoint.Any, b, GrantId.Create(0, 0), GrantFlags.Read, 0)];
        tables.ByEndpoint[b.Value] = [GrantEntry.Indirect(Endpoint.Any, a, GrantId.Create(0, 0), GrantFlags.Read, 0)];
        Assert.Equal(Status.TooDeep, Check(tables, a, Driver, GrantId.Create(0, 0), 0, 1, GrantFlags.Read, out _));
    }

    [Fact]
    public void A_chain_of_exactly_the_limit_is_followed()
    {
        var tables = new Tables();
        var chain = Enumerable.Range(50, GrantCheck.MaxIndirectDepth + 1).Select(s => Endpoint.Create(1, s)).ToArray();
        tables.ByEndpoint[chain[^1].Value] = [GrantEntry.Direct(Endpoint.Any, 0x9000, 16, GrantFlags.Read, 0)];
        for (int i = 0; i < chain.Length - 1; i++)
            tables.ByEndpoint[chain[i].Value] = [GrantEntry.Indirect(Endpoint.Any, chain[i + 1], GrantId.Create(0, 0), GrantFlags.Read, 0)];
        Assert.Equal(Status.Ok, Check(tables, chain[0], Driver, GrantId.Create(0, 0), 0, 16, GrantFlags.Read, out GrantTarget target));
        Assert.Equal(chain[^1], target.Owner);
    }

    [Fact]
    public void The_byte_table_routine_checks_the_index_against_the_table_size()
    {
        GrantEntry[] entries = [GrantEntry.Direct(Driver, 0x1000, 8, GrantFlags.Read, 0)];
        ReadOnlySpan<byte> table = MemoryMarshal.AsBytes(entries.AsSpan());
        Assert.Equal(Status.Ok, GrantCheck.CheckEntry(table, GrantId.Create(0, 0), Driver, 0, 8, GrantFlags.Read, out GrantEntry entry));
        Assert.Equal(0x1000UL, entry.Start);
        Assert.Equal(Status.GrantBadId, GrantCheck.CheckEntry(table, GrantId.Create(1, 0), Driver, 0, 8, GrantFlags.Read, out _));
        Assert.Equal(Status.GrantBadId, GrantCheck.CheckEntry(table.Slice(0, 31), GrantId.Create(0, 0), Driver, 0, 8, GrantFlags.Read, out _));
        Assert.Equal(Status.GrantOutOfRange, GrantCheck.CheckEntry(table, GrantId.Create(0, 0), Driver, 1, 8, GrantFlags.Read, out _));
    }

    [Fact]
    public void Grant_ids_pack_index_and_sequence()
    {
        var id = GrantId.Create(5, 2047);
        Assert.Equal(5, id.Index);
        Assert.Equal(2047, id.Sequence);
        Assert.True(id.IsValid);
        Assert.Equal(0, GrantId.NextSequence(2047));
        Assert.Throws<ArgumentOutOfRangeException>(() => GrantId.Create(1 << 20, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => GrantId.Create(0, 2048));
        Assert.False(new GrantId(GrantId.Invalid).IsValid);
    }
}
