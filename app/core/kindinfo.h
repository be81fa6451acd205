#pragma once

#include <QCborMap>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace erp::app {

// A field as meta.describe reports it. System fields (code, name, parent of catalogs; number,
// date, status of documents) are included so that forms and lists treat every field alike.
struct FieldInfo
{
    QString name;
    QString title;
    QString type; // string, text, integer, decimal, money, date, datetime, boolean, enum, ref
    int length = 0;
    int precision = 0;
    int scale = 0;
    QString target; // enum name or catalog name
    bool targetIsDocument = false; // a reference to a document (found by number)
    bool required = false;
    bool computed = false; // the server computes it (totals, line amounts, VAT)
    bool readOnly = false; // never edited nor sent: declared so, computed, or a document's number
    bool remember = false; // a reference to a "remembered" catalog: new documents start with the last one used
    QCborValue defaultValue;

    bool isNumeric() const { return type == QLatin1String("decimal") || type == QLatin1String("money"); }
};

struct SectionInfo
{
    QString name;
    QString title;
    QList<FieldInfo> fields;

    const FieldInfo *field(const QString &name) const;
};

struct EnumInfo
{
    QString name;
    QString title;
    QList<std::pair<QString, QString>> values; // name, title
};

// A document kind's workflow as meta.describe sends it: states and the transitions between
// them. The client knows no state by name; what a state means (posted or not) is its flag.
struct WorkflowState
{
    QString name;
    QString title;
    bool posted = false; // the document's movements are recorded in this state
};

struct WorkflowTransition
{
    QString name;
    QString title;
    QStringList from;
    QString to;
    QString shortcut;                 // "Ctrl+P" (QKeySequence::PortableText), or empty
    std::optional<bool> deletionMark; // sets (true) or clears (false) the deletion mark
    bool allowed = false;             // this user has the rights it needs
};

struct WorkflowInfo
{
    QString name;
    QString initial;
    QList<WorkflowState> states;
    QList<WorkflowTransition> transitions;

    bool isEmpty() const { return states.isEmpty(); }
    const WorkflowState *state(const QString &name) const;
    const WorkflowTransition *transition(const QString &name) const;
    // The state's title; the name itself when the workflow does not know it.
    QString stateTitle(const QString &state) const;
    // The transition's title; for the "create" entries of a document's history "Created".
    QString transitionTitle(const QString &transition) const;
    bool isPosted(const QString &state) const;
    // Whether the user may run t on a document in `state`, marked for deletion or not: it is
    // allowed, starts in that state, and a marked document only takes the one that clears the
    // mark (a deletion mark transition that would change nothing is not offered either).
    bool canRun(const WorkflowTransition &t, const QString &state, bool deleted) const;
    // The transition that sets (true) or clears (false) the deletion mark, if any.
    const WorkflowTransition *deletionMarkTransition(bool mark) const;
    // The states as an enumeration, so that the status shows and filters like an enum.
    QString enumName() const { return QStringLiteral("workflow:") + name; }
    EnumInfo statesEnum() const;

    static WorkflowInfo fromCbor(const QCborMap &description);
};

struct KindInfo
{
    QString name;
    QString title;
    bool isDocument = false; // "class": "document"; a catalog otherwise
    bool hierarchical = false;
    bool autoCode = true;
    // Catalogs: code, name, parent (hierarchical); documents: number, date, status; then the
    // declared fields.
    QList<FieldInfo> fields;
    QList<SectionInfo> sections;
    WorkflowInfo workflow; // documents
    // Documents: the kinds "create based on" makes from this one that the user may create.
    QList<std::pair<QString, QString>> basedOn; // kind, title

    const FieldInfo *field(const QString &name) const;
    const SectionInfo *section(const QString &name) const;
    static KindInfo fromCbor(const QCborMap &description);
};

} // namespace erp::app
