#pragma once

#include "field.h"
#include "workflow.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace erp::meta {

struct TabularSection
{
    QString name;
    QString title;
    QString table;
    QList<Field> fields;
    // "requiredOneOf": every line fills at least one of these fields (a product or a description).
    QStringList requiredOneOf;
    QString option; // the functional option the section belongs to (off: left out)

    const Field *field(const QString &name) const;
};

enum class ObjectClass { Catalog, Document };

// A declared object kind: a catalog (code, name, optional groups) or a document (number,
// date, status draft/posted, posting into registers).
struct ObjectKind
{
    ObjectClass objectClass = ObjectClass::Catalog;
    QString name;
    QString title;
    QString table;
    bool hierarchical = false;
    // "remembered": a value a user works with for a while (an organization, a warehouse): a new
    // document starts with the one the user last chose (the client remembers it per user and kind).
    bool remembered = false;
    // "timeline": a catalog whose objects have a history of documents (partners, counterparties):
    // every document's reference to it is indexed by (reference, date, id) descending, so the
    // documents of one object are read newest first, page by page, over an index.
    bool timeline = false;
    int codeLength = 9;
    bool autoCode = true;
    int nameLength = 150;
    QString readRight = QStringLiteral("read");
    QString writeRight = QStringLiteral("write");
    QString numberPrefix; // documents: "PR" gives PR-2026-000001
    QString numberPer;    // documents: the header field whose value has its own series per year
    QString workflow;     // documents: the name of their workflow ("document" unless declared)
    // Fields a transition needs filled for this kind, besides what the workflow asks.
    QHash<QString, QStringList> transitionRequires;
    QList<Field> fields;
    QList<TabularSection> sections;
    // Header fields derived from registers when read or listed, never stored ("derived").
    QList<Field> derived;
    // "option": the functional option the kind belongs to. Off, the kind is left out of the
    // model a call sees (every method on it answers Disabled), unless optionHides: then it is
    // only left out of menus and meta.catalogs and keeps serving references ("hiddenBy").
    QString option;
    bool optionHides = false;
    // "additionalAttributes": true: an administrator may add attributes to the kind at run time.
    bool additionalAttributes = false;

    bool isDocument() const { return objectClass == ObjectClass::Document; }
    // The column that names an object in lists and references: NAME, or a document's NUMBER.
    QString presentationColumn() const { return isDocument() ? QStringLiteral("NUMBER") : QStringLiteral("NAME"); }
    const Field *field(const QString &name) const;
    const Field *derivedField(const QString &name) const;
    const TabularSection *section(const QString &name) const;
};

// Balance and turnover registers accumulate numeric resources; an information register keeps
// facts by dimensions and date (prices, exchange rates) and is read as a slice at a moment.
enum class RegisterType { Balance, Turnover, Information };

// A summary of a register kept by posting (1C's aggregates of a turnover register): the net
// change of every resource per month and these dimensions, and how many recorders of the
// counted kinds made it (the number of sales: invoices, not lines). Reports over many
// movements read it instead of the movements. Postings only insert delta rows, so two of them
// never wait for one row; a job folds the deltas of a group into one row now and then.
struct RegisterAggregate
{
    QString name;
    QStringList dimensions;
    QStringList counted; // recorder kinds counted in RECORDERS
    QString table;       // REG_<REGISTER>_A_<NAME>
};

// An accumulation register: movements by dimensions with numeric resources, written only by
// posting documents (the recorder). Balance registers also keep totals per month.
struct Register
{
    QString name;
    QString title;
    RegisterType type = RegisterType::Balance;
    QString table;       // movements
    QString totalsTable; // net change per month and dimensions
    QList<Field> dimensions;
    QList<Field> resources;
    QStringList nonNegative; // resources whose balance may never go below zero
    // Document kinds whose movements may take a nonNegative resource below zero (a credit note
    // on a paid invoice leaves the customer owed money); every other recorder is controlled.
    QStringList belowZeroBy;
    QString option; // the functional option the register belongs to (off: left out)
    QList<RegisterAggregate> aggregates;

    const Field *field(const QString &name) const;
    const RegisterAggregate *aggregate(const QString &name) const;
};

// A functional option (resources/metadata/options.json): a switch an administrator turns to
// hide kinds, fields, sections, registers and menu items declaring it. `enabled` is the
// default until the database says otherwise (ERP_OPTIONS).
struct FunctionalOption
{
    QString name;
    QString title;
    bool enabled = true;
};

struct EnumValue
{
    QString name;
    QString title;
};

struct Enumeration
{
    QString name;
    QString title;
    QList<EnumValue> values;

    bool contains(const QString &value) const;
};

// Columns every catalog table has besides its declared fields.
namespace system {
inline const QString Id = QStringLiteral("id");
inline const QString Version = QStringLiteral("version");
inline const QString Code = QStringLiteral("code");
inline const QString Name = QStringLiteral("name");
inline const QString Deleted = QStringLiteral("deleted");
inline const QString Parent = QStringLiteral("parent");
inline const QString IsGroup = QStringLiteral("is_group");
inline const QString CreatedAt = QStringLiteral("created_at");
inline const QString UpdatedAt = QStringLiteral("updated_at");
inline const QString Number = QStringLiteral("number");
inline const QString Date = QStringLiteral("date");
inline const QString Status = QStringLiteral("status");
enum class Owner { Catalog, Document, Section, Register };
// Names a declared field may not take because the platform's own columns use them.
bool isReserved(const QString &fieldName, Owner owner);
} // namespace system

class Model
{
public:
    // Loads every *.json under dir (recursively) and checks the whole model.
    static std::optional<Model> load(const QString &dir, QString *error);

    const QList<ObjectKind> &kinds() const { return m_kinds; }
    const QList<Enumeration> &enums() const { return m_enums; }
    const QList<Register> &registers() const { return m_registers; }
    const Register *findRegister(const QString &name) const;
    const ObjectKind *kind(const QString &name) const;
    const Enumeration *enumeration(const QString &name) const;
    const QList<Workflow> &workflows() const { return m_workflows; }
    const Workflow *workflow(const QString &name) const;
    // The workflow of a kind, or nullptr for a catalog.
    const Workflow *workflowOf(const ObjectKind &kind) const { return workflow(kind.workflow); }
    const QList<FunctionalOption> &options() const { return m_options; }
    const FunctionalOption *option(const QString &name) const;

    // The model as a call sees it with these options off: kinds, sections, registers and
    // fields declaring an off option are left out, and so is every field that refers to a kind
    // left out (a kind with optionHides stays). Nothing is checked again.
    Model withOptionsOff(const QStringList &off) const;
    // Run-time extensions of a snapshot (additional attributes): a field appended to a kind and
    // an enumeration of its own. False when the kind does not exist.
    bool addField(const QString &kind, const Field &field);
    void addEnumeration(const Enumeration &enumeration) { m_enums.append(enumeration); }

private:
    static bool checkOptions(const Model &model, QString *error);

    QList<ObjectKind> m_kinds;
    QList<Enumeration> m_enums;
    QList<Register> m_registers;
    QList<Workflow> m_workflows;
    QList<FunctionalOption> m_options;
};

} // namespace erp::meta
