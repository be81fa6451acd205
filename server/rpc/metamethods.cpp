#include "core/access.h"
#include "metadata/model.h"
#include "methods.h"
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
                 : target && target->isDocument()    ? QStringLiteral("document")
                                                     : QStringLiteral("catalog"),
                 f.target);
    }
    m.insert(QStringLiteral("required"), f.required);
    if (!f.defaultValue.isUndefined() && !f.defaultValue.isNull())
        m.insert(QStringLiteral("default"), f.defaultValue);
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

QCborMap describeKind(const erp::meta::Model &model, const erp::meta::ObjectKind &k)
{
    QCborMap m;
    m.insert(QStringLiteral("name"), k.name);
    m.insert(QStringLiteral("title"), title(k.title));
    m.insert(QStringLiteral("class"), k.isDocument() ? QStringLiteral("document") : QStringLiteral("catalog"));
    m.insert(QStringLiteral("hierarchical"), k.hierarchical);
    m.insert(QStringLiteral("codeLength"), k.codeLength);
    m.insert(QStringLiteral("autoCode"), k.autoCode);
    m.insert(QStringLiteral("nameLength"), k.nameLength);
    m.insert(QStringLiteral("fields"), describeFields(model, k.fields));
    QCborArray sections;
    for (const erp::meta::TabularSection &s : k.sections) {
        QCborMap sm;
        sm.insert(QStringLiteral("name"), s.name);
        sm.insert(QStringLiteral("title"), title(s.title));
        sm.insert(QStringLiteral("fields"), describeFields(model, s.fields));
        sections.append(sm);
    }
    m.insert(QStringLiteral("sections"), sections);
    return m;
}

} // namespace

QList<Method> metaMethods()
{
    return {
        {QStringLiteral("meta.catalogs"), QStringLiteral("read"), QStringLiteral("Lists the catalogs and documents the user may read, each with its class."), true,
         [](CallContext &ctx, const QCborMap &) -> QCborValue {
             QCborArray list;
             for (const erp::meta::ObjectKind &k : ctx.model.kinds()) {
                 if (!erp::core::AccessPolicy::canRead(ctx.user, k))
                     continue;
                 QCborMap item;
                 item.insert(QStringLiteral("name"), k.name);
                 item.insert(QStringLiteral("title"), title(k.title));
                 item.insert(QStringLiteral("hierarchical"), k.hierarchical);
                 item.insert(QStringLiteral("class"), k.isDocument() ? QStringLiteral("document") : QStringLiteral("catalog"));
                 item.insert(QStringLiteral("writable"), erp::core::AccessPolicy::canWrite(ctx.user, k));
                 list.append(item);
             }
             return list;
         }},
        {QStringLiteral("meta.describe"), QStringLiteral("read"),
         QStringLiteral("Describes a catalog: {kind} -> fields, sections, code and name."), true,
         [](CallContext &ctx, const QCborMap &params) -> QCborValue {
             const QString name = params.value(QStringLiteral("kind")).toString();
             const erp::meta::ObjectKind *k = ctx.model.kind(name);
             if (!k || !erp::core::AccessPolicy::canRead(ctx.user, *k))
                 fail(ErrorCode::Validation, QCoreApplication::translate("Meta", "kind: unknown catalog \"%1\"").arg(name),
                      QStringLiteral("kind"));
             return describeKind(ctx.model, *k);
         }},
        {QStringLiteral("meta.enums"), QStringLiteral("read"), QStringLiteral("Lists every enumeration with its values."), true,
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
         }},
    };
}

} // namespace erp::rpc
