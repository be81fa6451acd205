#include "core/access.h"
#include "core/areas.h"
#include "core/options.h"
#include "metadata/model.h"
#include "methods.h"
#include "params.h"
#include "printtemplates.h"
#include "rpcerror.h"

#include <QCborArray>
#include <QCoreApplication>

namespace erp::rpc {

using erp::meta::Field;
using erp::protocol::ErrorCode;

namespace {

// Titles come from the metadata; cmake/MetadataStrings.cmake puts them into the translations.
QString title(const QString &english)
{
    return QCoreApplication::translate("MetadataTitle", english.toUtf8().constData());
}

QCborMap describeField(const erp::meta::Model &model, const Field &f)
{
    QCborMap m;
    m.insert(QStringLiteral("name"), f.name);
    m.insert(QStringLiteral("title"), title(f.title));
    m.insert(QStringLiteral("type"), erp::meta::fieldTypeName(f.type));
    if (f.length)
        m.insert(QStringLiteral("length"), f.length);
    if (f.isNumeric()) {
        m.insert(QStringLiteral("precision"), f.precision);
        m.insert(QStringLiteral("scale"), f.scale);
    }
    if (!f.target.isEmpty()) {
        const erp::meta::ObjectKind *target = f.type == erp::meta::FieldType::Ref ? model.kind(f.target) : nullptr;
        m.insert(f.type == erp::meta::FieldType::Enum ? QStringLiteral("enum")
                 : target && target->isDocument()     ? QStringLiteral("document")
                                                      : QStringLiteral("catalog"),
                 f.target);
        if (target && target->remembered)
            m.insert(QStringLiteral("remember"), true);
    }
    m.insert(QStringLiteral("required"), f.required);
    if (f.computed)
        m.insert(QStringLiteral("computed"), true);
    if (f.readOnly)
        m.insert(QStringLiteral("readOnly"), true);
    if (f.isDerived()) // computed from the registers when read: never stored, never written
        m.insert(QStringLiteral("derived"), true);
    if (f.additional) // an attribute an administrator added (additional_attributes)
        m.insert(QStringLiteral("additional"), true);
    // A reference's default is the code of its object (ids differ per database): "defaultCode".
    if (!f.defaultValue.isUndefined() && !f.defaultValue.isNull())
        m.insert(f.type == erp::meta::FieldType::Ref ? QStringLiteral("defaultCode") : QStringLiteral("default"),
                 f.defaultValue);
    if (f.min) { // in the field's canonical form: an integer, or a decimal string at the field's scale
        m.insert(QStringLiteral("min"), f.type == erp::meta::FieldType::Integer ? QCborValue(qint64(f.min->units()))
                                                                                : QCborValue(f.min->rescaled(f.scale)->toString()));
        if (f.minExclusive)
            m.insert(QStringLiteral("minExclusive"), true);
    }
    return m;
}

QCborArray describeFields(const erp::meta::Model &model, const QList<Field> &fields)
{
    QCborArray a;
    for (const Field &f : fields)
        if (!f.internal)
            a.append(describeField(model, f));
    return a;
}

// The kind's workflow: its states and the transitions, each with whether this user may run it.
QCborMap describeWorkflow(const erp::meta::Workflow &w, const erp::meta::ObjectKind &k, const erp::core::UserInfo &user)
{
    QCborArray states;
    for (const erp::meta::WorkflowState &s : w.states) {
        QCborMap sm;
        sm.insert(QStringLiteral("name"), s.name);
        sm.insert(QStringLiteral("title"), title(s.title));
        sm.insert(QStringLiteral("posted"), s.posted);
        QCborArray actions;
        for (const erp::meta::WorkflowAction &a : s.actions) {
            QCborMap am;
            am.insert(QStringLiteral("name"), a.name);
            am.insert(QStringLiteral("title"), title(a.title));
            actions.append(am);
        }
        if (!actions.isEmpty())
            sm.insert(QStringLiteral("actions"), actions);
        states.append(sm);
    }
    QCborArray transitions;
    for (const erp::meta::WorkflowTransition &t : w.transitions) {
        QCborMap tm;
        tm.insert(QStringLiteral("name"), t.name);
        tm.insert(QStringLiteral("title"), title(t.title));
        QCborArray from;
        for (const QString &f : t.from)
            from.append(f);
        tm.insert(QStringLiteral("from"), from);
        tm.insert(QStringLiteral("to"), t.to);
        if (!t.shortcut.isEmpty())
            tm.insert(QStringLiteral("shortcut"), t.shortcut);
        if (t.deletionMark)
            tm.insert(QStringLiteral("deletionMark"), *t.deletionMark);
        tm.insert(QStringLiteral("allowed"),
                  erp::core::AccessPolicy::canWrite(user, k) && (t.right.isEmpty() || user.has(t.right)));
        transitions.append(tm);
    }
    QCborMap m;
    m.insert(QStringLiteral("name"), w.name);
    m.insert(QStringLiteral("initial"), w.initial);
    m.insert(QStringLiteral("states"), states);
    m.insert(QStringLiteral("transitions"), transitions);
    return m;
}

// The kinds a new document can be created from this one ("create based on"), by the rules the
// areas registered, that this user may create.
QCborArray describeBasedOn(const erp::meta::Model &model, const erp::core::AreaRegistry &areas,
                           const erp::meta::ObjectKind &k, const erp::core::UserInfo &user)
{
    QCborArray out;
    for (const erp::core::BasedOnRule *rule : areas.basedOnFrom(k.name)) {
        const erp::meta::ObjectKind *target = model.kind(rule->target);
        if (!target || !erp::core::AccessPolicy::canWrite(user, *target))
            continue;
        QCborMap m;
        m.insert(QStringLiteral("kind"), target->name);
        m.insert(QStringLiteral("title"), title(target->title));
        out.append(m);
    }
    return out;
}

QCborMap describeKind(const erp::meta::Model &model, const erp::core::AreaRegistry &areas, const erp::meta::ObjectKind &k,
                      const erp::core::UserInfo &user)
{
    QCborMap m;
    m.insert(QStringLiteral("name"), k.name);
    m.insert(QStringLiteral("title"), title(k.title));
    m.insert(QStringLiteral("class"), k.isDocument() ? QStringLiteral("document") : QStringLiteral("catalog"));
    m.insert(QStringLiteral("hierarchical"), k.hierarchical);
    m.insert(QStringLiteral("codeLength"), k.codeLength);
    m.insert(QStringLiteral("autoCode"), k.autoCode);
    m.insert(QStringLiteral("nameLength"), k.nameLength);
    m.insert(QStringLiteral("fields"), describeFields(model, k.fields + k.derived));
    QCborArray sections;
    for (const erp::meta::TabularSection &s : k.sections) {
        QCborMap sm;
        sm.insert(QStringLiteral("name"), s.name);
        sm.insert(QStringLiteral("title"), title(s.title));
        sm.insert(QStringLiteral("fields"), describeFields(model, s.fields));
        sections.append(sm);
    }
    m.insert(QStringLiteral("sections"), sections);
    if (const erp::meta::Workflow *w = model.workflowOf(k))
        m.insert(QStringLiteral("workflow"), describeWorkflow(*w, k, user));
    if (k.isDocument()) {
        m.insert(QStringLiteral("basedOn"), describeBasedOn(model, areas, k, user));
        m.insert(QStringLiteral("printForms"), describePrintForms(areas, k.name));
    }
    return m;
}

} // namespace

QList<Method> metaMethods()
{
    return {
        {QStringLiteral("meta.catalogs"), QStringLiteral("read"),
         QStringLiteral("Lists the catalogs and documents the user may read, each with its class."), Access::Read,
         [](CallContext &ctx, const QCborMap &) -> QCborValue {
             QCborArray list;
             for (const erp::meta::ObjectKind &k : ctx.model.kinds()) {
                 if (!erp::core::AccessPolicy::canRead(ctx.user, k) || ctx.snapshot->isKindHidden(k))
                     continue;
                 QCborMap item;
                 item.insert(QStringLiteral("name"), k.name);
                 item.insert(QStringLiteral("title"), title(k.title));
                 item.insert(QStringLiteral("hierarchical"), k.hierarchical);
                 item.insert(QStringLiteral("class"),
                             k.isDocument() ? QStringLiteral("document") : QStringLiteral("catalog"));
                 item.insert(QStringLiteral("writable"), erp::core::AccessPolicy::canWrite(ctx.user, k));
                 list.append(item);
             }
             return list;
         },
         {}},
        {QStringLiteral("meta.describe"), QStringLiteral("read"),
         QStringLiteral("Describes a catalog or document: {kind} -> fields, sections, code and name, workflow."),
         Access::Read,
         [](CallContext &ctx, const QCborMap &params) -> QCborValue {
             const QString name = params.value(QStringLiteral("kind")).toString();
             const erp::meta::ObjectKind *k = ctx.model.kind(name);
             if (!k || !erp::core::AccessPolicy::canRead(ctx.user, *k))
                 fail(ErrorCode::Validation,
                      QCoreApplication::translate("Meta", "kind: unknown catalog \"%1\"").arg(name),
                      QStringLiteral("kind"));
             return describeKind(ctx.model, ctx.areas, *k, ctx.user);
         },
         {kindParam()}},
        {QStringLiteral("meta.enums"), QStringLiteral("read"),
         QStringLiteral("Lists every enumeration with its values."), Access::Read,
         [](CallContext &ctx, const QCborMap &) -> QCborValue {
             QCborArray list;
             for (const erp::meta::Enumeration &e : ctx.model.enums()) {
                 QCborMap item;
                 item.insert(QStringLiteral("name"), e.name);
                 item.insert(QStringLiteral("title"), title(e.title));
                 QCborArray values;
                 for (const erp::meta::EnumValue &v : e.values) {
                     QCborMap vm;
                     vm.insert(QStringLiteral("name"), v.name);
                     vm.insert(QStringLiteral("title"), title(v.title));
                     values.append(vm);
                 }
                 item.insert(QStringLiteral("values"), values);
                 list.append(item);
             }
             return list;
         },
         {}},
    };
}

} // namespace erp::rpc
