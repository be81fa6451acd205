#pragma once

#include "form/fieldeditor.h"

class QPlainTextEdit;

namespace erp::app {

// text: several lines; Enter starts a new line, Tab leaves.
class TextEditor : public FieldEditor
{
    Q_OBJECT

public:
    TextEditor(const FieldInfo &field, QWidget *parent);

    QCborValue value() const override;
    void setValue(const QCborValue &value, const QString &display = QString()) override;
    void setReadOnly(bool readOnly) override;
    bool consumesEnter() const override { return true; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    int heightForLines(int lines) const;

    QPlainTextEdit *m_edit;
    bool m_settingValue = false;
};

} // namespace erp::app
