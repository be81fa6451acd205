#pragma once

#include "core/kindinfo.h"

#include <QCborValue>
#include <QWidget>

class QLineEdit;
class QToolButton;

namespace erp::app {

class ClientSession;

// One editor widget per field type. Values travel in the protocol's canonical form (see
// docs/protocol.md, "Values on the wire"): strings, integers, decimals as strings with the
// field's scale, dates "YYYY-MM-DD", booleans, enum value names, references as ids.
class FieldEditor : public QWidget
{
    Q_OBJECT

public:
    FieldEditor(const FieldInfo &field, QWidget *parent);

    const FieldInfo &field() const { return m_field; }

    // The current value in canonical form; null when empty.
    virtual QCborValue value() const = 0;
    // display is the referenced object's name for reference fields.
    virtual void setValue(const QCborValue &value, const QString &display = QString()) = 0;
    virtual void setReadOnly(bool readOnly) = 0;
    // A problem the client can see before sending (a malformed number or date), or empty.
    virtual QString inputError() const { return QString(); }
    // True for editors where Enter belongs to the editor (multi-line text).
    virtual bool consumesEnter() const { return false; }
    // True while Tab belongs to the editor first (typed text a reference still has to resolve:
    // the one match is taken, then the key moves on).
    virtual bool consumesTab() const { return false; }

Q_SIGNALS:
    // The user changed the value.
    void edited();

protected:
    // Lays out a line edit with a button beside it (calendar, choice list) as one editor.
    void arrangeWithButton(QLineEdit *edit, QToolButton *button);

private:
    FieldInfo m_field;
};

FieldEditor *createFieldEditor(const FieldInfo &field, ClientSession *session, QWidget *parent);

} // namespace erp::app
