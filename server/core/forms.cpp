#include "forms.h"

#include "catalogsql.h"
#include "metadata/fieldvalue.h"
#include "metadata/model.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace erp::core {

using erp::meta::FieldType;
using erp::meta::ObjectKind;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Forms)
};

bool readJson(const QString &path, QCborMap *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read the file").arg(path);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1: JSON error at byte %2: %3").arg(path).arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    *out = QCborMap::fromJsonObject(doc.object());
    return true;
}

bool isFormField(const ObjectKind &kind, const QString &name)
{
    return resolveField(kind, name).has_value() && name != erp::meta::system::Id && name != erp::meta::system::Version
           && name != erp::meta::system::Deleted && name != erp::meta::system::CreatedAt
           && name != erp::meta::system::UpdatedAt && name != erp::meta::system::Status;
}

// A "related" group: lists of other kinds whose `field` refers to the object of the form,
// [{kind, field, fill?: {their field: our field}}], shown on its page with a Create that
// starts from the object (the reference and the fields of `fill`).
bool checkRelated(const erp::meta::Model &model, const ObjectKind &kind, const QCborValue &related, const QString &file,
                  QString *error)
{
    if (!related.isArray() || related.toArray().isEmpty()) {
        *error = QStringLiteral("%1: \"related\" must be a list of {kind, field, fill?}").arg(file);
        return false;
    }
    for (const QCborValue &e : related.toArray()) {
        const QCborMap entry = e.toMap();
        const QString name = entry.value(QStringLiteral("kind")).toString();
        const ObjectKind *other = model.kind(name);
        if (!other) {
            *error = QStringLiteral("%1: related kind \"%2\" is not declared").arg(file, name);
            return false;
        }
        const QString fieldName = entry.value(QStringLiteral("field")).toString();
        const erp::meta::Field *field = other->field(fieldName);
        if (!field || field->type != FieldType::Ref || field->target != kind.name) {
            *error = QStringLiteral("%1: %2.%3 is no reference to %4").arg(file, name, fieldName, kind.name);
            return false;
        }
        const QCborMap fill = entry.value(QStringLiteral("fill")).toMap();
        for (auto it = fill.constBegin(); it != fill.constEnd(); ++it)
            if (!isFormField(*other, it.key().toString()) || !isFormField(kind, it.value().toString())) {
                *error = QStringLiteral("%1: related %2 fills %3 from %4, which are not fields of %2 and %5")
                             .arg(file, name, it.key().toString(), it.value().toString(), kind.name);
                return false;
            }
    }
    return true;
}

// "lineInfo": {section, method, params: {param: header field | "line.<field>"}}: what the client
// shows under a tabular section for its current line (stock of the line's product), by calling
// a read method of an area with values of the form.
bool checkLineInfo(const ObjectKind &kind, const QCborValue &info, const QString &file, QString *error)
{
    const QCborMap m = info.toMap();
    const erp::meta::TabularSection *section = kind.section(m.value(QStringLiteral("section")).toString());
    const QCborMap params = m.value(QStringLiteral("params")).toMap();
    if (!info.isMap() || !section || !m.value(QStringLiteral("method")).isString() || params.isEmpty()) {
        *error = QStringLiteral("%1: \"lineInfo\" must be {section, method, params} naming a tabular section of %2")
                     .arg(file, kind.name);
        return false;
    }
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        const QString from = it.value().toString();
        const bool known = from.startsWith(QLatin1String("line."))
                               ? std::any_of(section->fields.cbegin(), section->fields.cend(),
                                             [&](const erp::meta::Field &f) { return f.name == from.mid(5); })
                               : isFormField(kind, from);
        if (!known) {
            *error = QStringLiteral("%1: lineInfo takes %2 from \"%3\", which is no field of %4")
                         .arg(file, it.key().toString(), from, kind.name);
            return false;
        }
    }
    return true;
}

// An area's read method named by a layout (a timeline, a duplicate check): "area.name".
bool isMethodName(const QCborValue &value)
{
    static const QRegularExpression name(QStringLiteral("^[a-z][A-Za-z0-9]*\\.[a-z][A-Za-z0-9]*$"));
    return value.isString() && name.match(value.toString()).hasMatch();
}

// A "timeline" group: {method, param, kinds?}: a history of the object the client pages
// through by calling the area's method with {<param>: id, filters?, after?, limit?}; `kinds`
// are the kinds its filter offers.
bool checkTimeline(const erp::meta::Model &model, const QCborValue &timeline, const QString &file, QString *error)
{
    const QCborMap m = timeline.toMap();
    if (!timeline.isMap() || !isMethodName(m.value(QStringLiteral("method")))
        || !m.value(QStringLiteral("param")).isString() || m.value(QStringLiteral("param")).toString().isEmpty()) {
        *error = QStringLiteral("%1: \"timeline\" must be {method: \"area.name\", param, kinds?}").arg(file);
        return false;
    }
    for (const QCborValue &k : m.value(QStringLiteral("kinds")).toArray())
        if (!model.kind(k.toString())) {
            *error = QStringLiteral("%1: timeline kind \"%2\" is not declared").arg(file, k.toString());
            return false;
        }
    return true;
}

// A "panel" group: {method, param, rows, columns, mark?, totals?, kinds?}: the client shows the
// area's answer to {<param>: id} as a read-only table: the lists under the answer's keys
// `rows`, columns {key, title, type?} of the types below, a row whose `mark` is true in red,
// the sums under `totals` ({key, items: [{key, title}]}) under it; pushed changes of `kinds`
// read it again.
bool checkPanel(const erp::meta::Model &model, const QCborValue &panel, const QString &file, QString *error)
{
    static const QStringList types{QStringLiteral("text"),     QStringLiteral("integer"), QStringLiteral("money"),
                                   QStringLiteral("date"),     QStringLiteral("datetime"), QStringLiteral("hours"),
                                   QStringLiteral("days"),     QStringLiteral("kind"),    QStringLiteral("state")};
    auto isName = [](const QCborValue &v) { return v.isString() && !v.toString().isEmpty(); };
    const QCborMap m = panel.toMap();
    if (!panel.isMap() || !isMethodName(m.value(QStringLiteral("method")))) {
        *error = QStringLiteral("%1: \"panel\" must be {method: \"area.name\", param, rows, columns, mark?, totals?, kinds?}")
                     .arg(file);
        return false;
    }
    const QString method = m.value(QStringLiteral("method")).toString();
    if (!isName(m.value(QStringLiteral("param")))) {
        *error = QStringLiteral("%1: panel %2 names no \"param\" (the parameter that gets the object's id)").arg(file, method);
        return false;
    }
    const QCborValue rows = m.value(QStringLiteral("rows"));
    bool rowsOk = isName(rows) || (rows.isArray() && !rows.toArray().isEmpty());
    for (const QCborValue &r : rows.toArray())
        rowsOk &= isName(r);
    if (!rowsOk) {
        *error = QStringLiteral("%1: panel %2: \"rows\" must name the answer's lists (a key or a list of keys)").arg(file, method);
        return false;
    }
    const QCborArray columns = m.value(QStringLiteral("columns")).toArray();
    if (columns.isEmpty()) {
        *error = QStringLiteral("%1: panel %2 has no \"columns\"").arg(file, method);
        return false;
    }
    for (const QCborValue &c : columns) {
        const QCborMap column = c.toMap();
        const QCborValue type = column.value(QStringLiteral("type"));
        if (!c.isMap() || !isName(column.value(QStringLiteral("key"))) || !column.value(QStringLiteral("title")).isString()
            || (!type.isUndefined() && !types.contains(type.toString()))) {
            *error = QStringLiteral("%1: panel %2: a column must be {key, title, type?} with the type one of %3")
                         .arg(file, method, types.join(u", "));
            return false;
        }
    }
    if (m.contains(QStringLiteral("mark")) && !isName(m.value(QStringLiteral("mark")))) {
        *error = QStringLiteral("%1: panel %2: \"mark\" must name a key of the rows").arg(file, method);
        return false;
    }
    if (m.contains(QStringLiteral("totals"))) {
        const QCborMap totals = m.value(QStringLiteral("totals")).toMap();
        bool ok = isName(totals.value(QStringLiteral("key"))) && !totals.value(QStringLiteral("items")).toArray().isEmpty();
        for (const QCborValue &i : totals.value(QStringLiteral("items")).toArray())
            ok &= isName(i.toMap().value(QStringLiteral("key"))) && i.toMap().value(QStringLiteral("title")).isString();
        if (!ok) {
            *error = QStringLiteral("%1: panel %2: \"totals\" must be {key, items: [{key, title}]}").arg(file, method);
            return false;
        }
    }
    for (const QCborValue &k : m.value(QStringLiteral("kinds")).toArray())
        if (!model.kind(k.toString())) {
            *error = QStringLiteral("%1: panel %2: kind \"%3\" is not declared").arg(file, method, k.toString());
            return false;
        }
    return true;
}

// "duplicateCheck": {method, fields}: the client asks the area's method {kind, values: {field:
// value}, id?} for objects the one entered may duplicate, with these fields of the form.
bool checkDuplicateCheck(const ObjectKind &kind, const QCborValue &check, const QString &file, QString *error)
{
    const QCborMap m = check.toMap();
    const QCborArray fields = m.value(QStringLiteral("fields")).toArray();
    if (!check.isMap() || !isMethodName(m.value(QStringLiteral("method"))) || fields.isEmpty()) {
        *error = QStringLiteral("%1: \"duplicateCheck\" must be {method: \"area.name\", fields: [...]}").arg(file);
        return false;
    }
    for (const QCborValue &f : fields)
        if (!isFormField(kind, f.toString())) {
            *error = QStringLiteral("%1: duplicateCheck field \"%2\" is no field of %3").arg(file, f.toString(), kind.name);
            return false;
        }
    return true;
}

bool checkLayout(const erp::meta::Model &model, const ObjectKind &kind, const QCborMap &layout, const QString &file,
                 QString *error)
{
    if (layout.contains(QStringLiteral("duplicateCheck"))
        && !checkDuplicateCheck(kind, layout.value(QStringLiteral("duplicateCheck")), file, error))
        return false;
    if (layout.contains(QStringLiteral("lineInfo"))
        && !checkLineInfo(kind, layout.value(QStringLiteral("lineInfo")), file, error))
        return false;
    for (const QCborValue &f : layout.value(QStringLiteral("list")).toArray()) {
        const auto field = resolveField(kind, f.toString());
        if (!field || field->type == FieldType::Text) {
            *error = QStringLiteral("%1: list column \"%2\" is not a field of %3 that a list can show").arg(file, f.toString(), kind.name);
            return false;
        }
    }
    for (const QCborValue &page : layout.value(QStringLiteral("pages")).toArray()) {
        for (const QCborValue &g : page.toMap().value(QStringLiteral("groups")).toArray()) {
            const QCborMap group = g.toMap();
            if (group.contains(QStringLiteral("related"))) {
                if (!checkRelated(model, kind, group.value(QStringLiteral("related")), file, error))
                    return false;
                continue;
            }
            if (group.contains(QStringLiteral("timeline"))) {
                if (!checkTimeline(model, group.value(QStringLiteral("timeline")), file, error))
                    return false;
                continue;
            }
            if (group.contains(QStringLiteral("panel"))) {
                if (!checkPanel(model, group.value(QStringLiteral("panel")), file, error))
                    return false;
                continue;
            }
            if (group.contains(QStringLiteral("section"))) {
                const QString section = group.value(QStringLiteral("section")).toString();
                if (!kind.section(section)) {
                    *error = QStringLiteral("%1: %2 has no tabular section \"%3\"").arg(file, kind.name, section);
                    return false;
                }
                continue;
            }
            for (const QCborValue &f : group.value(QStringLiteral("fields")).toArray()) {
                if (!isFormField(kind, f.toString())) {
                    *error = QStringLiteral("%1: %2 has no field \"%3\"").arg(file, kind.name, f.toString());
                    return false;
                }
            }
        }
    }
    return true;
}

QCborMap defaultLayout(const ObjectKind &kind)
{
    const bool document = kind.isDocument();
    QCborArray mainFields = document ? QCborArray{QStringLiteral("number"), QStringLiteral("date")}
                                     : QCborArray{QStringLiteral("name"), QStringLiteral("code")};
    if (kind.hierarchical)
        mainFields.append(QStringLiteral("parent"));
    QCborArray texts;
    for (const erp::meta::Field &f : kind.fields + kind.derived) {
        if (f.internal || f.additional) // additional attributes get a group of their own (meta.form)
            continue;
        (f.type == FieldType::Text ? texts : mainFields).append(f.name);
    }
    QCborMap main;
    main.insert(QStringLiteral("columns"), mainFields.size() > 6 ? 2 : 1);
    main.insert(QStringLiteral("fields"), mainFields);
    QCborArray groups{main};
    QCborArray pages;
    // Documents show their lines on the first page, under the header; catalogs put each
    // tabular section on a page of its own.
    for (const erp::meta::TabularSection &s : kind.sections) {
        QCborMap sectionGroup;
        sectionGroup.insert(QStringLiteral("section"), s.name);
        if (document) {
            groups.append(sectionGroup);
            continue;
        }
        QCborMap page;
        page.insert(QStringLiteral("title"), s.title);
        page.insert(QStringLiteral("groups"), QCborArray{sectionGroup});
        pages.append(page);
    }
    if (!texts.isEmpty()) {
        QCborMap notes;
        notes.insert(QStringLiteral("fields"), texts);
        groups.append(notes);
    }
    QCborMap firstPage;
    firstPage.insert(QStringLiteral("title"), QStringLiteral("Main"));
    firstPage.insert(QStringLiteral("groups"), groups);
    pages.prepend(firstPage);
    QCborArray list = document ? QCborArray{QStringLiteral("date"), QStringLiteral("number"), QStringLiteral("status")}
                               : QCborArray{QStringLiteral("code"), QStringLiteral("name")};
    for (const erp::meta::Field &f : kind.fields)
        if (!f.internal && !f.additional && f.type != FieldType::Text && f.type != FieldType::Boolean &&
            list.size() < 6)
            list.append(f.name);
    for (const erp::meta::Field &f : kind.derived) // what the registers say of it: to ship, open, its state
        list.append(f.name);
    QCborMap layout;
    layout.insert(QStringLiteral("form"), kind.name);
    layout.insert(QStringLiteral("list"), list);
    layout.insert(QStringLiteral("pages"), pages);
    return layout;
}

bool checkEntry(const QCborValue &value, const QString &path, bool allowReadOnly, QString *error, QString *field)
{
    if (!value.isMap()) {
        *error = Text::tr("%1: must be a map of settings").arg(path);
        *field = path;
        return false;
    }
    const QCborMap m = value.toMap();
    for (auto it = m.constBegin(); it != m.constEnd(); ++it) {
        const QString key = it.key().toString();
        const QString keyPath = path + u'.' + key;
        bool ok = false;
        if (key == QLatin1String("hidden") || (allowReadOnly && key == QLatin1String("readOnly")))
            ok = it.value().isBool();
        else if (key == QLatin1String("label"))
            ok = it.value().isString() && erp::meta::characterCount(it.value().toString()) <= 100;
        else if (key == QLatin1String("position"))
            ok = it.value().isInteger() && it.value().toInteger() >= 0 && it.value().toInteger() < 1000;
        if (!ok) {
            *error = Text::tr("%1: unknown setting or wrong value (hidden and readOnly are true or false, label is "
                              "text of at most 100 characters, position is 0 to 999)")
                         .arg(keyPath);
            *field = keyPath;
            return false;
        }
    }
    return true;
}

// Applies settings to one list of entries (field names, or group maps for sections).
QCborArray arrange(const QCborArray &entries, const QCborMap &settings, bool sections)
{
    struct Item
    {
        QCborValue value;
        qint64 order;
        int index;
    };
    QList<Item> items;
    int index = 0;
    for (const QCborValue &entry : entries) {
        const QString name = sections ? entry.toMap().value(QStringLiteral("section")).toString() : entry.toString();
        const QCborMap s = settings.value(name).toMap();
        ++index;
        if (s.value(QStringLiteral("hidden")).toBool(false))
            continue;
        QCborMap out;
        if (sections)
            out = entry.toMap();
        else
            out.insert(QStringLiteral("field"), name);
        if (s.contains(QStringLiteral("label")))
            out.insert(QStringLiteral("label"), s.value(QStringLiteral("label")));
        if (s.value(QStringLiteral("readOnly")).toBool(false))
            out.insert(QStringLiteral("readOnly"), true);
        items.append({out, s.value(QStringLiteral("position")).toInteger(index), index});
    }
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        return a.order != b.order ? a.order < b.order : a.index < b.index;
    });
    QCborArray out;
    for (const Item &i : items)
        out.append(i.value);
    return out;
}

} // namespace

std::optional<FormLibrary> FormLibrary::load(const QString &formsDir, const QString &navigationFile,
                                             const erp::meta::Model &model, QString *error)
{
    FormLibrary library;
    library.m_model = &model;
    const QStringList files = QDir(formsDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QString path = QDir(formsDir).filePath(name);
        QCborMap layout;
        if (!readJson(path, &layout, error))
            return std::nullopt;
        const QString kindName = layout.value(QStringLiteral("form")).toString();
        const ObjectKind *kind = model.kind(kindName);
        if (!kind) {
            *error = QStringLiteral("%1: unknown catalog \"%2\"").arg(path, kindName);
            return std::nullopt;
        }
        if (!checkLayout(model, *kind, layout, path, error))
            return std::nullopt;
        library.m_layouts.insert(kindName, layout);
    }
    if (!readJson(navigationFile, &library.m_navigation, error))
        return std::nullopt;
    for (const QCborValue &section : library.m_navigation.value(QStringLiteral("sections")).toArray())
        for (const QCborValue &item : section.toMap().value(QStringLiteral("items")).toArray()) {
            for (const QString &key : {QStringLiteral("catalog"), QStringLiteral("document")}) {
                const QString name = item.toMap().value(key).toString();
                const ObjectKind *kind = model.kind(name);
                if (!name.isEmpty() && (!kind || kind->isDocument() != (key == QLatin1String("document")))) {
                    *error = QStringLiteral("%1: unknown %2 \"%3\"").arg(navigationFile, key, name);
                    return std::nullopt;
                }
            }
        }
    return library;
}

bool FormLibrary::checkMethods(const std::function<bool(const QString &)> &isReadMethod, QString *error) const
{
    for (auto it = m_layouts.constBegin(); it != m_layouts.constEnd(); ++it) {
        QStringList methods;
        for (const QString &key : {QStringLiteral("duplicateCheck"), QStringLiteral("lineInfo")})
            if (it->contains(key))
                methods.append(it->value(key).toMap().value(QStringLiteral("method")).toString());
        for (const QCborValue &page : it->value(QStringLiteral("pages")).toArray())
            for (const QCborValue &g : page.toMap().value(QStringLiteral("groups")).toArray())
                for (const QString &key : {QStringLiteral("timeline"), QStringLiteral("panel")})
                    if (g.toMap().contains(key))
                        methods.append(g.toMap().value(key).toMap().value(QStringLiteral("method")).toString());
        for (const QString &method : std::as_const(methods))
            if (!isReadMethod(method)) {
                *error = QStringLiteral("the form layout of %1 calls \"%2\", which is no read method of the server")
                             .arg(it.key(), method);
                return false;
            }
    }
    return true;
}

bool FormLibrary::checkReports(const std::function<bool(const QString &)> &isReport, QString *error) const
{
    for (const QCborValue &section : m_navigation.value(QStringLiteral("sections")).toArray())
        for (const QCborValue &item : section.toMap().value(QStringLiteral("items")).toArray())
            if (const QCborValue report = item.toMap().value(QStringLiteral("report")); !report.isUndefined()
                && !isReport(report.toString())) {
                *error = QStringLiteral("the navigation names the report \"%1\", which no area declares")
                             .arg(report.toString());
                return false;
            }
    return true;
}

QCborMap FormLibrary::layout(const ObjectKind &kind) const
{
    const auto it = m_layouts.constFind(kind.name);
    if (it == m_layouts.constEnd())
        return defaultLayout(kind);
    if (it->contains(QStringLiteral("pages")))
        return *it;
    // A file that only names the list's columns (and a section's line information) keeps the
    // derived form.
    QCborMap layout = defaultLayout(kind);
    for (const QString &key : {QStringLiteral("list"), QStringLiteral("lineInfo"), QStringLiteral("duplicateCheck")})
        if (it->contains(key))
            layout.insert(key, it->value(key));
    return layout;
}

bool FormLibrary::validateSettings(const ObjectKind &kind, const QCborMap &settings, QString *error, QString *field)
{
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it) {
        const QString key = it.key().toString();
        if (key != QLatin1String("fields") && key != QLatin1String("sections")) {
            *error = Text::tr("settings.%1: only \"fields\" and \"sections\" can be set").arg(key);
            *field = QStringLiteral("settings.") + key;
            return false;
        }
        const QCborMap entries = it.value().toMap();
        for (auto e = entries.constBegin(); e != entries.constEnd(); ++e) {
            const QString name = e.key().toString();
            const QString path = QStringLiteral("settings.%1.%2").arg(key, name);
            const bool known = key == QLatin1String("fields") ? isFormField(kind, name) : kind.section(name) != nullptr;
            if (!known) {
                *error = Text::tr("%1: %2 has no such field or section").arg(path, kind.name);
                *field = path;
                return false;
            }
            if (!checkEntry(e.value(), path, key == QLatin1String("fields"), error, field))
                return false;
        }
    }
    return true;
}

QCborMap FormLibrary::mergeSettings(const QCborMap &base, const QCborMap &overrides)
{
    QCborMap out = base;
    for (const QString &key : {QStringLiteral("fields"), QStringLiteral("sections")}) {
        QCborMap merged = base.value(key).toMap();
        const QCborMap more = overrides.value(key).toMap();
        for (auto it = more.constBegin(); it != more.constEnd(); ++it) {
            QCborMap entry = merged.value(it.key()).toMap();
            const QCborMap changes = it.value().toMap();
            for (auto c = changes.constBegin(); c != changes.constEnd(); ++c)
                entry.insert(c.key(), c.value());
            merged.insert(it.key(), entry);
        }
        if (!merged.isEmpty())
            out.insert(key, merged);
    }
    return out;
}

QCborMap FormLibrary::applySettings(const QCborMap &layout, const QCborMap &settings)
{
    const QCborMap fieldSettings = settings.value(QStringLiteral("fields")).toMap();
    const QCborMap sectionSettings = settings.value(QStringLiteral("sections")).toMap();
    QCborArray pages;
    for (const QCborValue &p : layout.value(QStringLiteral("pages")).toArray()) {
        QCborMap page = p.toMap();
        QCborArray groups;
        QCborArray sectionGroups;
        for (const QCborValue &g : page.value(QStringLiteral("groups")).toArray()) {
            QCborMap group = g.toMap();
            if (group.contains(QStringLiteral("related")) || group.contains(QStringLiteral("timeline"))
                || group.contains(QStringLiteral("panel"))) {
                groups.append(group); // lists of other kinds, an area's answer: no fields of this one to arrange
                continue;
            }
            if (group.contains(QStringLiteral("section"))) {
                sectionGroups.append(group);
                continue;
            }
            group.insert(QStringLiteral("fields"), arrange(group.value(QStringLiteral("fields")).toArray(), fieldSettings, false));
            if (!group.value(QStringLiteral("fields")).toArray().isEmpty())
                groups.append(group);
        }
        for (const QCborValue &s : arrange(sectionGroups, sectionSettings, true))
            groups.append(s);
        if (groups.isEmpty())
            continue;
        page.insert(QStringLiteral("groups"), groups);
        pages.append(page);
    }
    QCborMap out = layout;
    out.insert(QStringLiteral("pages"), pages);
    return out;
}

} // namespace erp::core
