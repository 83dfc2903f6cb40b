import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { BrowserRouter } from 'react-router'
import { AppRoutes } from './app/app-routes.tsx'
import { registerServiceWorker } from './app/service-worker.ts'
import { uncoverWhenRestored } from './features/crisis/exit-page.ts'
import { applyStoredPreferences } from './features/settings/preferences-store.ts'
import './ui/styles/index.css'

applyStoredPreferences()
uncoverWhenRestored()

const container = document.getElementById('root')
if (!container) throw new Error('The page has no #root element')

const app = (
  <StrictMode>
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  </StrictMode>
)

// Prerendered pages are hydrated; the shell page (for routes with personal data) is rendered.
if (container.dataset.render === 'static') hydrateRoot(container, app)
else createRoot(container).render(app)

window.addEventListener('load', registerServiceWorker, { once: true })
