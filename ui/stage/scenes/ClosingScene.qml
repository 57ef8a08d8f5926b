pragma ComponentBehavior: Bound
import QtQuick
import "../components"

// The close: the closing words, then the slogan.
StepScene {
    id: closing
    decoration: Component { FestiveFrame { accent: closing.accent } }
}
