// Navigation, form layouts and per-role / per-user form settings.
#include "core/access.h"
#include "core/catalogsql.h"
#include "core/options.h"
#include "core/areas.h"
#include "core/forms.h"
#include "db/sqlvalue.h"
#include "metadata/model.h"
#include "methods.h"
#include "params.h"
#include "rpcerror.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include "db/query.h"

namespace erp::rpc {

using erp::db::execute;
using erp::meta::ObjectKind;
using erp::protocol::ErrorCode;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Forms)
};

QString title(const QString &english)
{
    return QCoreApplication::translate("MetadataTitle", english.toUtf8().constData());
}

const ObjectKind &readableKind(CallContext &ctx, const QCborMap &params)
{
    const QString name = params.value(QStringLiteral("kind")).toString();
    const erp::meta::ObjectKind *kind = ctx.model.kind(name);
    if (!kind || !erp::core::AccessPolicy::canRead(ctx.user, *kind))
        fail(ErrorCode::Validation, Text::tr("kind: unknown catalog \"%1\"").arg(name), QStringLiteral("kind"));
    return *kind;
}

QCborMap translatedLayout(QCborMap layout)
{
    QCborArray pages;
    for (const QCborValue &p : layout.value(QStringLiteral("pages")).toArray()) {
        QCborMap page = p.toMap();
        page.insert(QStringLiteral("title"), title(page.value(QStringLiteral("title")).toString()));
        QCborArray groups;
        for (const QCborValue &g : page.value(QStringLiteral("groups")).toArray()) {
            QCborMap group = g.toMap();
            if (group.contains(QStringLiteral("title")))
                group.insert(QStringLiteral("title"), title(group.value(QStringLiteral("title")).toString()));
            if (group.contains(QStringLiteral("panel"))) {
                // Its columns' and totals' titles, as the group's.
                QCborMap panel = group.value(QStringLiteral("panel")).toMap();
                auto titled = [](const QCborArray &entries) {
                    QCborArray out;
                    for (const QCborValue &e : entries) {
                        QCborMap entry = e.toMap();
                        entry.insert(QStringLiteral("title"), title(entry.value(QStringLiteral("title")).toString()));
                        out.append(entry);
                    }
                    return out;
                };
                panel.insert(QStringLiteral("columns"), titled(panel.value(QStringLiteral("columns")).toArray()));
                if (panel.contains(QStringLiteral("totals"))) {
                    QCborMap totals = panel.value(QStringLiteral("totals")).toMap();
                    totals.insert(QStringLiteral("items"), titled(totals.value(QStringLiteral("items")).toArray()));
                    panel.insert(QStringLiteral("totals"), totals);
                }
                group.insert(QStringLiteral("panel"), panel);
            }
            groups.append(group);
        }
        page.insert(QStringLiteral("groups"), groups);
        pages.append(page);
    }
    layout.insert(QStringLiteral("pages"), pages);
    return layout;
}

// Related lists of kinds the user may not read, or that an option hides, are left out (and
// pages left empty by that).
QCborMap withoutUnreadable(const CallContext &ctx, QCborMap layout)
{
    QCborArray pages;
    for (const QCborValue &p : layout.value(QStringLiteral("pages")).toArray()) {
        QCborMap page = p.toMap();
        QCborArray groups;
        for (const QCborValue &g : page.value(QStringLiteral("groups")).toArray()) {
            QCborMap group = g.toMap();
            if (group.contains(QStringLiteral("related"))) {
                QCborArray readable;
                for (const QCborValue &e : group.value(QStringLiteral("related")).toArray()) {
                    const erp::meta::ObjectKind *k = ctx.model.kind(e.toMap().value(QStringLiteral("kind")).toString());
                    if (k && !ctx.snapshot->isKindHidden(*k) && erp::core::AccessPolicy::canRead(ctx.user, *k))
                        readable.append(e);
                }
                if (readable.isEmpty())
                    continue;
                group.insert(QStringLiteral("related"), readable);
            }
            groups.append(group);
        }
        if (groups.isEmpty())
            continue;
        page.insert(QStringLiteral("groups"), groups);
        pages.append(page);
    }
    layout.insert(QStringLiteral("pages"), pages);
    return layout;
}

// The layout fitted to the model this call sees: fields, list columns and sections that a
// functional option switched off are left out (groups and pages left empty by that too), and
// the kind's additional attributes get a group of their own, "Additional", on the first page.
QCborMap fittedLayout(const ObjectKind &kind, QCborMap layout)
{
    auto known = [&](const QCborValue &name) {
        return erp::core::resolveField(kind, name.toString()).has_value();
    };
    QCborArray list;
    for (const QCborValue &c : layout.value(QStringLiteral("list")).toArray())
        if (known(c))
            list.append(c);
    layout.insert(QStringLiteral("list"), list);
    QCborArray additional;
    for (const erp::meta::Field &f : kind.fields)
        if (f.additional)
            additional.append(f.name);
    QCborArray pages;
    for (const QCborValue &p : layout.value(QStringLiteral("pages")).toArray()) {
        QCborMap page = p.toMap();
        QCborArray groups;
        for (const QCborValue &g : page.value(QStringLiteral("groups")).toArray()) {
            QCborMap group = g.toMap();
            if (group.contains(QStringLiteral("section"))) {
                if (kind.section(group.value(QStringLiteral("section")).toString()))
                    groups.append(group);
                continue;
            }
            if (!group.contains(QStringLiteral("fields"))) {
                groups.append(group);
                continue;
            }
            QCborArray fields;
            for (const QCborValue &f : group.value(QStringLiteral("fields")).toArray())
                if (known(f) && !additional.contains(f))
                    fields.append(f);
            if (fields.isEmpty())
                continue;
            group.insert(QStringLiteral("fields"), fields);
            groups.append(group);
        }
        if (pages.isEmpty() && !additional.isEmpty()) {
            QCborMap group;
            group.insert(QStringLiteral("title"), QStringLiteral("Additional"));
            group.insert(QStringLiteral("columns"), additional.size() > 6 ? 2 : 1);
            group.insert(QStringLiteral("fields"), additional);
            group.insert(QStringLiteral("additional"), true);
            groups.append(group);
        }
        if (groups.isEmpty())
            continue;
        page.insert(QStringLiteral("groups"), groups);
        pages.append(page);
    }
    layout.insert(QStringLiteral("pages"), pages);
    return layout;
}

QCborMap parseSettings(const QVariant &blob)
{
    const QByteArray json = blob.typeId() == QMetaType::QByteArray ? blob.toByteArray() : blob.toString().toUtf8();
    return QCborMap::fromJsonObject(QJsonDocument::fromJson(json).object());
}

// The settings for one scope ("role" or "user") and target (role name or login).
QCborMap storedSettings(QSqlDatabase &db, const QString &kind, const QString &scope, const QString &target)
{
    erp::db::Query q(db);
    execute(q,
            QStringLiteral("SELECT SETTINGS FROM ERP_FORM_SETTINGS WHERE FORM_KIND = ? AND SCOPE = ? AND TARGET = ?"),
            {kind, scope, target});
    return q.next() ? parseSettings(q.value(0)) : QCborMap();
}

// Checks scope and target, and that the caller may change them: administrators any,
// everyone else only their own user settings.
std::pair<QString, QString> scopeAndTarget(CallContext &ctx, const QCborMap &params)
{
    // The dispatcher has checked that scope is "role" or "user" and target (when given) a string.
    const QString scope = params.value(QStringLiteral("scope")).toString();
    const bool user = scope == QLatin1String("user");
    const QString target = params.contains(QStringLiteral("target")) ? params.value(QStringLiteral("target")).toString()
                           : user                                     ? ctx.user.login
                                                                      : QString();
    if (!user && !ctx.model.enumeration(QStringLiteral("roles"))->contains(target))
        fail(ErrorCode::Validation, Text::tr("target: \"%1\" is not a role").arg(target), QStringLiteral("target"));
    const bool own = user && target == ctx.user.login;
    if (!own && !ctx.user.has(QStringLiteral("admin")))
        fail(ErrorCode::Forbidden, Text::tr("only an administrator may change the forms of other users and of roles"));
    if (user && !own) {
        erp::db::Query q(ctx.db);
        execute(q, QStringLiteral("SELECT 1 FROM \"CAT_USERS\" WHERE \"CODE\" = ?"), {target});
        if (!q.next())
            fail(ErrorCode::Validation, Text::tr("target: there is no user \"%1\"").arg(target),
                 QStringLiteral("target"));
    }
    return {scope, target};
}

// {kind, scope, target} of forms.getSettings, with {settings} for forms.saveSettings. A target
// is a role's name or a user's login, kept in VARCHAR(40).
QList<Param> settingsParams(bool save)
{
    const Param scope = Param::choice(QStringLiteral("scope"), {QStringLiteral("role"), QStringLiteral("user")});
    QList<Param> params{kindParam(), scope.require(), Param::string(QStringLiteral("target"), MaxNameLength)};
    if (save)
        params.append(Param::map(QStringLiteral("settings")).require());
    return params;
}

QCborMap navigation(CallContext &ctx, const erp::core::FormLibrary &forms)
{
    QCborArray sections;
    for (const QCborValue &s : forms.navigation().value(QStringLiteral("sections")).toArray()) {
        const QCborMap section = s.toMap();
        const QString right = section.value(QStringLiteral("right")).toString();
        if (!right.isEmpty() && !ctx.user.has(right))
            continue;
        QCborArray items;
        for (const QCborValue &i : section.value(QStringLiteral("items")).toArray()) {
            QCborMap item = i.toMap();
            const QString catalog = item.value(item.contains(QStringLiteral("document")) ? QStringLiteral("document")
                                                                                         : QStringLiteral("catalog"))
                                        .toString();
            // A functional option switched off takes its kinds and items out of the menus.
            if (!ctx.snapshot->isEnabled(item.value(QStringLiteral("option")).toString()))
                continue;
            item.remove(QStringLiteral("option"));
            if (item.contains(QStringLiteral("report"))) {
                // A report of report.run: listed when the user may run it.
                const erp::core::ReportDefinition *report = ctx.areas.report(item.value(QStringLiteral("report")).toString());
                if (!report || !erp::core::mayRunReport(ctx.user, *ctx.snapshot, *report))
                    continue;
                item.insert(QStringLiteral("title"),
                            QCoreApplication::translate(erp::core::ReportTexts, report->title));
                items.append(item);
                continue;
            }
            if (!catalog.isEmpty()) {
                const erp::meta::ObjectKind *kind = ctx.model.kind(catalog);
                if (!kind || ctx.snapshot->isKindHidden(*kind) || !erp::core::AccessPolicy::canRead(ctx.user, *kind))
                    continue;
                item.insert(QStringLiteral("title"), title(kind->title));
                item.insert(QStringLiteral("writable"), erp::core::AccessPolicy::canWrite(ctx.user, *kind));
            } else {
                // A command over a kind (the pipeline of deals) goes with its kind.
                const QString over = item.value(QStringLiteral("kind")).toString();
                const erp::meta::ObjectKind *kind = over.isEmpty() ? nullptr : ctx.model.kind(over);
                if (!over.isEmpty()
                    && (!kind || ctx.snapshot->isKindHidden(*kind) || !erp::core::AccessPolicy::canRead(ctx.user, *kind)))
                    continue;
                item.insert(QStringLiteral("title"), title(item.value(QStringLiteral("title")).toString()));
            }
            items.append(item);
        }
        if (items.isEmpty())
            continue;
        QCborMap out;
        out.insert(QStringLiteral("name"), section.value(QStringLiteral("name")));
        out.insert(QStringLiteral("title"), title(section.value(QStringLiteral("title")).toString()));
        out.insert(QStringLiteral("items"), items);
        sections.append(out);
    }
    QCborMap result;
    result.insert(QStringLiteral("sections"), sections);
    return result;
}

} // namespace

QList<Method> formMethods(const erp::core::FormLibrary &library)
{
    const erp::core::FormLibrary *forms = &library;
    return {
        {QStringLiteral("meta.navigation"), QStringLiteral("read"),
         QStringLiteral("The sections and lists of the main window that the user may open."), Access::Read,
         [forms](CallContext &ctx, const QCborMap &) -> QCborValue { return navigation(ctx, *forms); },
         {}},
        {QStringLiteral("meta.form"), QStringLiteral("read"),
         QStringLiteral("A form layout for the user: {kind} -> {layout, base, settings}."), Access::Read,
         [forms](CallContext &ctx, const QCborMap &params) -> QCborValue {
             const erp::meta::ObjectKind &kind = readableKind(ctx, params);
             const QCborMap base = fittedLayout(kind, forms->layout(kind));
             QCborMap settings = erp::core::FormLibrary::mergeSettings(
                 storedSettings(ctx.db, kind.name, QStringLiteral("role"), ctx.user.role),
                 storedSettings(ctx.db, kind.name, QStringLiteral("user"), ctx.user.login));
             // What the server sets (a document's number, what the metadata declares computed or
             // read-only) is shown, never edited.
             QCborMap readOnly;
             readOnly.insert(QStringLiteral("readOnly"), true);
             QCborMap fields;
             if (kind.isDocument())
                 fields.insert(erp::meta::system::Number, readOnly);
             for (const erp::meta::Field &f : kind.fields + kind.derived)
                 if (!f.internal && f.readOnly)
                     fields.insert(f.name, readOnly);
             if (!fields.isEmpty()) {
                 QCborMap rule;
                 rule.insert(QStringLiteral("fields"), fields);
                 settings = erp::core::FormLibrary::mergeSettings(settings, rule);
             }
             QCborMap r;
             r.insert(QStringLiteral("layout"),
                      translatedLayout(withoutUnreadable(ctx, erp::core::FormLibrary::applySettings(base, settings))));
             r.insert(QStringLiteral("base"), translatedLayout(base));
             r.insert(QStringLiteral("settings"), settings);
             return r;
         },
         {kindParam()}},
        {QStringLiteral("forms.getSettings"), QStringLiteral("read"),
         QStringLiteral("Stored form settings: {kind, scope: role|user, target}."), Access::Read,
         [](CallContext &ctx, const QCborMap &params) -> QCborValue {
             const erp::meta::ObjectKind &kind = readableKind(ctx, params);
             const auto [scope, target] = scopeAndTarget(ctx, params);
             return storedSettings(ctx.db, kind.name, scope, target);
         },
         settingsParams(false)},
        {QStringLiteral("forms.saveSettings"), QStringLiteral("read"),
         QStringLiteral("Stores form settings (show, hide, order, label, read-only): "
                        "{kind, scope: role|user, target, settings}; empty settings remove them."),
         Access::Write,
         [](CallContext &ctx, const QCborMap &params) -> QCborValue {
             const erp::meta::ObjectKind &kind = readableKind(ctx, params);
             const auto [scope, target] = scopeAndTarget(ctx, params);
             const QCborValue settingsValue = params.value(QStringLiteral("settings"));
             if (!settingsValue.isMap())
                 fail(ErrorCode::Validation, Text::tr("settings: a map is required"), QStringLiteral("settings"));
             const QCborMap settings = settingsValue.toMap();
             QString error, field;
             if (!erp::core::FormLibrary::validateSettings(kind, settings, &error, &field))
                 fail(ErrorCode::Validation, error, field);
             erp::db::Query q(ctx.db);
             if (settings.isEmpty()) {
                 execute(
                     q,
                     QStringLiteral("DELETE FROM ERP_FORM_SETTINGS WHERE FORM_KIND = ? AND SCOPE = ? AND TARGET = ?"),
                     {kind.name, scope, target});
                 return QCborMap();
             }
             const QDateTime now = QDateTime::currentDateTimeUtc();
             execute(q,
                     QStringLiteral("UPDATE OR INSERT INTO ERP_FORM_SETTINGS "
                                    "(ID, FORM_KIND, SCOPE, TARGET, SETTINGS, UPDATED_AT, UPDATED_BY) "
                                    "VALUES (NEXT VALUE FOR SEQ_OBJECT_ID, ?, ?, ?, ?, ?, ?) "
                                    "MATCHING (FORM_KIND, SCOPE, TARGET)"),
                     {kind.name, scope, target,
                      QString::fromUtf8(QJsonDocument(settings.toJsonObject()).toJson(QJsonDocument::Compact)),
                      QDateTime(now.date(), now.time()), ctx.user.login});
             return QCborMap();
         },
         settingsParams(true)},
    };
}

} // namespace erp::rpc
