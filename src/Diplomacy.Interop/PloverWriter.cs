using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Diplomacy.Interop;

/// <summary>
/// Writes a chronicle's events as PLOVER JSON Lines: one record per line in the field names of the PLOVER manual, with
/// a few extra fields (which the manual allows) that let <see cref="PloverReader"/> read the records back as they were.
/// </summary>
/// <remarks>
/// <para>Records follow PLOVER 2.0 (the 2024 manual): each has <c>id</c>, <c>date</c> (and <c>enddate</c> when the date
/// is a range), <c>actor</c> and <c>recipient</c> (lists of entity objects: <c>code</c>, <c>sector</c>,
/// <c>entity_text</c>), <c>event</c> (the category, as a one-element list), <c>mode</c>, <c>context</c> (a list),
/// <c>quad_code</c>, <c>event_scale</c> (the score), <c>event_text</c> (the summary), <c>event_loc</c> (the location
/// object: <c>resolved_place</c>, <c>lat</c>, <c>lon</c>, <c>country_code</c> (ISO alpha-3), <c>country</c>) and
/// <c>cite_info</c> (<c>publication</c>, <c>url</c>, <c>title</c>). The extra fields: <c>date_edtf</c> (the date's EDTF text when it is not a single day), <c>cameo</c>,
/// <c>event_kind</c>, actor objects' <c>actor_id</c>, <c>actor_type</c>, <c>organization_kind</c> and
/// <c>obligations</c>, and citations' <c>publication_actor</c> (the publisher as an actor object), <c>published</c>,
/// <c>quote</c> and further citations in <c>additional_cite_info</c>.</para>
/// <para>Sources and recipients follow each kind's roles (a meeting's participants are all sources, PLOVER's reciprocal
/// form). An event whose coding has no PLOVER category (CAMEO statements and appeals, roots 01 and 02, which PLOVER
/// dropped) is left out and listed in the summary. What a PLOVER record cannot hold of a typed event (an arms transfer's
/// items and value, a reaction's tone) is not written: a typed event reads back as a coded event.</para>
/// </remarks>
public static class PloverWriter
{
    private static readonly byte[] Newline = [(byte)'\n'];

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the chronicle's (visible) events, in timeline order, as UTF-8 JSON Lines. The stream is not disposed.</summary>
    public static async Task<ExportSummary> WriteAsync(Chronicle chronicle, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chronicle);
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        var skipped = new List<SkippedEvent>();
        var written = 0;
        foreach (var e in chronicle.Events)
        {
            if (e.Coding.PloverCategory is not { } category)
            {
                skipped.Add(new SkippedEvent(e.Id, $"its coding ({e.Coding}) has no PLOVER category; PLOVER dropped CAMEO's statements and appeals (roots 01 and 02)."));
                continue;
            }

            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            WriteRecord(writer, chronicle, e, category);
            writer.Flush();
            await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            await stream.WriteAsync(Newline, cancellationToken).ConfigureAwait(false);
            written++;
        }

        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        return new ExportSummary(written, skipped);
    }

    private static void WriteRecord(Utf8JsonWriter w, Chronicle chronicle, DiplomaticEvent e, PloverCategory category)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id.Value);
        WriteDate(w, e.When);
        var (sources, targets, _) = EventCatalog.Acts(e);
        WriteActors(w, chronicle, "actor", sources);
        if (targets.Count > 0)
        {
            WriteActors(w, chronicle, "recipient", targets);
        }

        var coding = e.Coding;
        w.WriteStartArray("event");
        w.WriteStringValue(PloverCategories.Name(category));
        w.WriteEndArray();
        if (coding.PloverMode is { } mode)
        {
            w.WriteString("mode", mode);
        }

        if (coding.PloverContexts.Count > 0)
        {
            w.WriteStartArray("context");
            foreach (var context in coding.PloverContexts)
            {
                w.WriteStringValue(context);
            }

            w.WriteEndArray();
        }

        w.WriteNumber("quad_code", (int)coding.QuadClass);
        if (coding.Goldstein is { } goldstein)
        {
            w.WriteNumber("event_scale", goldstein);
        }

        if (coding.Cameo is { } cameo)
        {
            w.WriteString("cameo", cameo.Value);
        }

        w.WriteString("event_kind", e.Kind.ToString());
        if (e.Basis != EvidenceBasis.Reported)
        {
            // PLOVER has no field for it; an extra field (the manual allows them) keeps inferences and background marked.
            w.WriteString("evidence_basis", BasisName(e.Basis));
        }

        if (e.Summary is { } summary)
        {
            w.WriteString("event_text", summary);
        }

        if (((e as CodedEvent)?.Location ?? (e as Meeting)?.Place) is { } place)
        {
            WritePlace(w, place);
        }

        if (e.Citations.Count > 0)
        {
            w.WritePropertyName("cite_info");
            WriteCitation(w, chronicle, e.Citations[0]);
            if (e.Citations.Count > 1)
            {
                w.WriteStartArray("additional_cite_info");
                foreach (var citation in e.Citations.Skip(1))
                {
                    WriteCitation(w, chronicle, citation);
                }

                w.WriteEndArray();
            }
        }

        w.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter w, FuzzyDate when)
    {
        var known = when.HasOpenStart ? when.Latest : when.Earliest;
        w.WriteString("date", Iso(known));
        if (!when.HasOpenStart && !when.HasOpenEnd && when.Latest != when.Earliest)
        {
            w.WriteString("enddate", Iso(when.Latest));
        }

        var text = when.ToString();
        if (text != Iso(known))
        {
            w.WriteString("date_edtf", text);
        }
    }

    private static void WriteActors(Utf8JsonWriter w, Chronicle chronicle, string name, IReadOnlyList<ActorId> actors)
    {
        w.WriteStartArray(name);
        foreach (var id in actors)
        {
            WriteActor(w, chronicle, id);
        }

        w.WriteEndArray();
    }

    private static void WriteActor(Utf8JsonWriter w, Chronicle chronicle, ActorId id)
    {
        {
            chronicle.TryGetActor(id, out var actor);
            w.WriteStartObject();
            var (code, sector, type) = actor switch
            {
                State => (id.Value, null, "state"),
                Person p => (p.Nationality?.Value, null, "person"),
                Organization o => (o.HomeState?.Value ?? (o.Kind == OrganizationKind.IntergovernmentalBody ? "IGO" : null), Sector(o.Kind), "organization"),
                Alliance => ("IGO", null, "alliance"),
                _ => ((string?)null, (string?)null, (string?)null),
            };
            if (code is not null)
            {
                w.WriteString("code", code);
            }

            if (sector is not null)
            {
                w.WriteString("sector", sector);
            }

            w.WriteString("entity_text", actor?.Name ?? id.Value);
            w.WriteString("actor_id", id.Value);
            if (type is not null)
            {
                w.WriteString("actor_type", type);
            }

            if (actor is Organization organization)
            {
                w.WriteString("organization_kind", organization.Kind.ToString());
            }
            else if (actor is Alliance alliance)
            {
                w.WriteString("obligations", alliance.Obligations.ToString());
            }

            w.WriteEndObject();
        }
    }

    private static string? Sector(OrganizationKind kind) => kind switch
    {
        OrganizationKind.GovernmentBody or OrganizationKind.Agency => "GOV",
        OrganizationKind.NewsOutlet => "JRN",
        OrganizationKind.Company or OrganizationKind.StateOwnedCompany => "BUS",
        OrganizationKind.ResearchInstitute => "EDU",
        _ => null,
    };

    private static void WritePlace(Utf8JsonWriter w, Place place)
    {
        w.WriteStartObject("event_loc");
        w.WriteString("resolved_place", place.Name);
        if (place.GeoNamesId is { } geoNamesId)
        {
            w.WriteNumber("geonameid", geoNamesId);
        }

        if (place.Latitude is { } latitude)
        {
            w.WriteNumber("lat", latitude);
        }

        if (place.Longitude is { } longitude)
        {
            w.WriteNumber("lon", longitude);
        }

        if (place.Country is { } country)
        {
            w.WriteString("country_code", country.Value);
            if (Countries.TryResolve(country.Value, out var c) && c.Alpha3 == country.Value)
            {
                w.WriteString("country", c.Name);
            }
        }

        w.WriteEndObject();
    }

    private static void WriteCitation(Utf8JsonWriter w, Chronicle chronicle, Citation citation)
    {
        w.WriteStartObject();
        w.WriteString("publication", chronicle.TryGetActor(citation.Source, out var source) ? source.Name : citation.Source.Value);
        w.WritePropertyName("publication_actor");
        WriteActor(w, chronicle, citation.Source);
        w.WriteString("published", citation.Published.ToString());
        if (citation.Url is { } url)
        {
            w.WriteString("url", url.OriginalString);
        }

        if (citation.Title is { } title)
        {
            w.WriteString("title", title);
        }

        if (citation.Quote is { } quote)
        {
            w.WriteString("quote", quote);
        }

        if (citation.Basis is { } basis)
        {
            w.WriteString("evidence_basis", BasisName(basis));
        }

        w.WriteEndObject();
    }

    /// <summary>The basis as the chronicle format names it: <c>inferred</c>, <c>background</c>, <c>reported</c>, <c>confirmed</c>.</summary>
    internal static string BasisName(EvidenceBasis basis) => basis.ToString().ToLowerInvariant();

    private static string Iso(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
