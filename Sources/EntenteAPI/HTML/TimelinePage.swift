import EntenteModel

/// The timeline as a readable HTML page: server-rendered, a little inline CSS, no scripts.
struct TimelinePage {
    struct Filters {
        var country = ""
        var actor = ""
        var kind = ""
        var from = ""
        var to = ""
        var q = ""
        var minConfidence = ""
    }

    /// The confidence floors the form offers ("" is any).
    /// (The model's scores seldom pass 0.85: a higher floor would show little but what people recorded.)
    static let confidenceChoices = ["", "0.5", "0.6", "0.7", "0.8"]

    let events: [Event]
    let filters: Filters
    let kinds: [String]
    let countryNames: [String: String]
    let nextCursor: String?
    let errors: [String]

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    /// A partial date as people write it, at its precision: `31 May 2018`, `May 2018`, `2001`.
    static func display(_ date: PartialDate) -> String {
        switch date.precision {
        case .year: String(date.year)
        case .month: "\(months[date.month! - 1]) \(date.year)"
        case .day: "\(date.day!) \(months[date.month! - 1]) \(date.year)"
        }
    }

    static func display(_ date: EventDate) -> String {
        guard let start = date.start else { return "Date unknown" }
        var text = display(start)
        if let end = date.end { text += " – " + display(end) }
        if let time = date.time { text += ", \(time)" + (date.timeZone.map { " (\($0))" } ?? "") }
        return text
    }

    func render() -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Entente — diplomatic timeline</title>
            <style>
            body { font: 16px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 52rem; padding: 1rem; color: #1d232a; background: #fbfbf8; }
            h1 { font-size: 1.6rem; margin: 0 0 .2rem; } header p { margin: 0 0 1rem; color: #566; }
            form { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; padding: .75rem; background: #eef1f3; border-radius: 6px; }
            label { display: flex; flex-direction: column; font-size: .8rem; color: #445; }
            input, select { font: inherit; padding: .25rem .4rem; min-width: 7rem; }
            button { font: inherit; padding: .3rem .9rem; }
            ol.timeline { list-style: none; padding: 0; margin: 1.5rem 0; border-left: 3px solid #c5ccd3; }
            li.event { position: relative; margin: 0 0 1.2rem 1.2rem; padding: .6rem .8rem; background: #fff; border: 1px solid #dde2e6; border-radius: 6px; }
            li.event::before { content: ""; position: absolute; left: -1.75rem; top: 1rem; width: .7rem; height: .7rem; border-radius: 50%; background: #2f6f9f; }
            .date { font-weight: 600; color: #2f6f9f; } .kind, .status { font-size: .75rem; padding: .05rem .4rem; border-radius: 3px; background: #e4ecf3; margin-left: .4rem; }
            .status-planned { background: #fff3cd; } .status-cancelled, .status-postponed { background: #f8d7da; }
            h2 { font-size: 1.1rem; margin: .3rem 0; } .meta { color: #445; font-size: .9rem; margin: .2rem 0; }
            blockquote { margin: .4rem 0 0; padding-left: .6rem; border-left: 3px solid #dde2e6; color: #555; font-size: .9rem; }
            .confidence { font-size: .8rem; color: #667; }
            .errors { color: #8a1c1c; } nav a { font-weight: 600; }
            </style>
            </head>
            <body>
            <header><h1>Entente</h1><p>Diplomatic events — one record per real event, every report attached.</p></header>

            """
        html += form()
        if !errors.isEmpty {
            html += "<ul class=\"errors\">" + errors.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>\n"
        }
        html += "<p class=\"count\">\(events.count) event\(events.count == 1 ? "" : "s") shown</p>\n"
        html += "<ol class=\"timeline\">\n"
        for event in events { html += item(event) }
        html += "</ol>\n"
        if let nextCursor {
            html += "<nav><a rel=\"next\" href=\"/?\(query(extra: [("cursor", nextCursor)]))\">Later events →</a></nav>\n"
        }
        html += "<footer><p class=\"meta\">Data: <a href=\"/v1/timeline?\(query())\">JSON</a> · <a href=\"/v1/timeline?\(query(extra: [("format", "ics")]))\">iCalendar</a> · <a href=\"/v1/timeline?\(query(extra: [("format", "csv")]))\">CSV</a> · <a href=\"/openapi.json\">API</a></p></footer>\n"
        html += "</body>\n</html>\n"
        return html
    }

    private func form() -> String {
        func field(_ name: String, _ label: String, _ value: String, placeholder: String) -> String {
            "<label>\(label)<input name=\"\(name)\" value=\"\(HTML.escape(value))\" placeholder=\"\(placeholder)\"></label>"
        }
        var html = "<form method=\"get\" action=\"/\">"
        html += field("country", "Country", filters.country, placeholder: "KP or PRK")
        html += field("actor", "Actor id", filters.actor, placeholder: "sergei-lavrov")
        html += "<label>Kind<select name=\"kind\"><option value=\"\">any</option>"
        for kind in kinds {
            html += "<option value=\"\(kind)\"\(filters.kind == kind ? " selected" : "")>\(kind.replacingUnderscores())</option>"
        }
        html += "</select></label>"
        html += field("from", "From", filters.from, placeholder: "2018-05")
        html += field("to", "To", filters.to, placeholder: "2018")
        html += field("q", "Text", filters.q, placeholder: "Pyongyang")
        // (Events recorded by hand always show; the floor is for what the extractor read.)
        html += "<label>Confidence<select name=\"min_confidence\">"
        for choice in Self.confidenceChoices {
            let label = choice.isEmpty ? "any" : "\(Int((Double(choice)! * 100).rounded()))% or more"
            html += "<option value=\"\(choice)\"\(filters.minConfidence == choice ? " selected" : "")>\(label)</option>"
        }
        if !Self.confidenceChoices.contains(filters.minConfidence) {
            html += "<option value=\"\(HTML.escape(filters.minConfidence))\" selected>\(HTML.escape(filters.minConfidence))</option>"
        }
        html += "</select></label>"
        html += "<button type=\"submit\">Show</button></form>\n"
        return html
    }

    private func item(_ event: Event) -> String {
        let content = event.content
        var html = "<li class=\"event\" id=\"\(event.id)\" data-kind=\"\(content.kind)\">"
        html += "<div><time class=\"date\"\(content.date.start.map { " datetime=\"\($0)\"" } ?? "")>\(HTML.escape(Self.display(content.date)))</time>"
        html += "<span class=\"kind\">\(content.kind.replacingUnderscores())</span>"
        html += "<span class=\"status status-\(content.status.rawValue)\">\(content.status.rawValue)</span></div>"
        html += "<h2><a href=\"/v1/events/\(event.id)\">\(HTML.escape(content.title))</a></h2>"
        if let summary = content.summary { html += "<p>\(HTML.escape(summary))</p>" }
        if !content.participants.isEmpty {
            let people = content.participants.map { participant in
                "<a class=\"participant\" href=\"/?actor=\(HTML.queryEscape(participant.actorID))\">\(HTML.escape(participant.name))</a>"
                    + (participant.country.map { " (\(HTML.escape(countryNames[$0] ?? $0)))" } ?? "")
            }
            html += "<p class=\"meta participants\">\(people.joined(separator: ", "))</p>"
        }
        let place = [content.location?.place, (content.location?.country ?? content.hostCountry).map { countryNames[$0] ?? $0 }].compactMap { $0 }
        if !place.isEmpty { html += "<p class=\"meta place\">\(HTML.escape(place.joined(separator: ", ")))</p>" }
        for source in content.sources {
            html += "<blockquote class=\"source\">"
            if let evidence = source.evidence { html += "“\(HTML.escape(evidence))” " }
            let outlet = HTML.escape(source.outlet ?? "source")
            if let url = source.url {
                html += "— <a href=\"\(HTML.escape(url))\">\(outlet)</a>"
            } else {
                html += "— \(outlet)"
            }
            if let published = source.published { html += ", \(HTML.escape(Self.display(published)))" }
            // (Read by the extractor: how sure it is that the report says this, as a percentage.)
            if let confidence = source.confidence {
                html += " <span class=\"confidence\" title=\"extraction confidence\">\(Int((confidence * 100).rounded()))%</span>"
            }
            html += "</blockquote>"
        }
        html += "</li>\n"
        return html
    }

    private func query(extra: [(String, String)] = []) -> String {
        let pairs = [("country", filters.country), ("actor", filters.actor), ("kind", filters.kind), ("from", filters.from), ("to", filters.to),
                     ("q", filters.q), ("min_confidence", filters.minConfidence)].filter { !$0.1.isEmpty } + extra
        return pairs.map { "\($0.0)=\(HTML.queryEscape($0.1))" }.joined(separator: "&amp;")
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String { String(map { $0 == "_" ? " " : $0 }) }
}
