import { OnItsWay } from './on-its-way.tsx'

export function SelfHelpOnItsWay() {
  return (
    <OnItsWay title="Self-help">
      <p>
        Soon you&rsquo;ll find short, friendly reads here about feelings, school, friends and
        family, and tools like breathing and grounding that work even with no signal.
      </p>
    </OnItsWay>
  )
}

export function ToolsOnItsWay() {
  return (
    <OnItsWay title="Tools for right now">
      <p>
        Soon you&rsquo;ll find calming tools here: paced breathing, 5-4-3-2-1 grounding, a worry
        tree, a thought record and your own coping kit.
      </p>
    </OnItsWay>
  )
}

export function CheckInOnItsWay() {
  return (
    <OnItsWay title="Check in">
      <p>
        Soon you&rsquo;ll be able to note how you feel in under a minute, and see how things are
        going over time. No account, and it stays on this device.
      </p>
    </OnItsWay>
  )
}

export function MySpaceOnItsWay() {
  return (
    <OnItsWay title="My space">
      <p>
        Soon this will hold your check-ins, goals, safety plan and About me, the story you can write
        once and share only when you choose. It all stays on this device.
      </p>
    </OnItsWay>
  )
}

export function FindSupportOnItsWay() {
  return (
    <OnItsWay title="Find support">
      <p>
        Soon you&rsquo;ll be able to find services near you and online, and choose the way you want
        help: chat, text, phone, face to face or in a group.
      </p>
    </OnItsWay>
  )
}

export function ParentsOnItsWay() {
  return (
    <OnItsWay title="For parents and carers">
      <p>
        Soon this will help you understand what your child may be going through, how to talk about
        it, and how to get help, for them and for you.
      </p>
    </OnItsWay>
  )
}

export function SchoolsOnItsWay() {
  return (
    <OnItsWay title="For schools">
      <p>
        Soon staff will be able to make a clean link, QR code or poster for any part of Harbour to
        share with pupils, with no tracking, and read what to do when a pupil tells you something.
      </p>
    </OnItsWay>
  )
}
